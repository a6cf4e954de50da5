// run_documents(): what every batch command shares: the inputs, --jobs, --quiet, the progress
// bar, per-document failures (error records, messages), the summary line and the exit status.
#pragma once

#include <functional>
#include <iosfwd>
#include <string>
#include <string_view>

#include "inputs.hpp"

namespace CLI {
class App;
}

namespace zz::cli {

/// The options of a batch command.
struct BatchCliOptions {
  InputOptions inputs;
  unsigned jobs = 0;   ///< --jobs; 0: one per core
  bool quiet = false;  ///< --quiet: no progress bar, no summary unless something failed
};

/// Registers the input options, -j/--jobs and -q/--quiet on `command`.
void add_batch_options(CLI::App& command, BatchCliOptions& options);

/// Registers -o/--output FILE (written atomically) and --encoding NAME, which every command that
/// reads reports and writes one output shares.
void add_output_options(CLI::App& command, std::string& output, std::string& encoding);

/// How a command turns each document into output.
struct DocumentBatch {
  /// Renders one document; runs on worker threads, so it must only read shared state. Throws
  /// zz::Error for a document that cannot be analysed. It may release input.bytes once decoded
  /// (a 50 MB file need not be held three times during its analysis). A JSON output puts a JSON
  /// Lines record's id, input.id_json, first (report::begin_document_object).
  std::function<std::string(LoadedInput& input)> render;
  /// Receives the outputs in input order, on the calling thread.
  std::function<void(std::string_view text)> write;
  std::string separator;       ///< written between two documents' outputs (Markdown, text)
  bool error_records = false;  ///< a failure is also written to the output, as a JSON line
  /// The output holds one document (an HTML page): a second document stops the run with a usage
  /// error naming this hint (what to do instead), and nothing is written.
  std::string one_document_hint;
  /// Collect-then-finish (track): when set, the documents' outputs are written as usual (render
  /// may return nothing and keep what it found), then this, called once on the calling thread
  /// after every document, gives the text written last: a join across documents.
  std::function<std::string()> finish;
};

/// How a batch run went.
struct BatchSummary {
  std::size_t succeeded = 0;
  std::size_t failed = 0;
  int status = 0;  ///< 0, or the exit status of the worst failure (1 for unreadable or bad input)
};

/// Runs `batch` over every input. Each failure is reported on `err` as "zzreport: error: ..." and
/// the others go on; with more than one document a summary line follows. `in` is standard input
/// (JSONL records, --files-from -). Throws zz::Error only for what stops the whole run (a
/// --files-from list that cannot be read, an output that cannot be written).
BatchSummary run_documents(const BatchCliOptions& options, const DocumentBatch& batch,
                           std::istream& in, std::ostream& err, bool err_is_terminal);

class Sink;

/// run_documents() with every output written to `sink` (`batch.write` is set here), then the sink
/// committed when at least one document made it or none failed: one bad file in an archive does not
/// cost the rest, and when every document failed no output file appears. Returns the exit status.
int run_documents_into(Sink& sink, const BatchCliOptions& options, DocumentBatch batch,
                       std::istream& in, std::ostream& err, bool err_is_terminal);

/// The JSON line written for a failed document: {"path":...,"error":{"kind":...,"message":...}},
/// with "id" first and "line" after "path" for a JSONL record.
std::string error_record(const InputItem& item, const Error& error, const InputOptions& options);

}  // namespace zz::cli
