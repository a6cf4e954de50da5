// run_documents(): inputs -> run_ordered() -> outputs in order, with failures, progress and
// summary.
#include "batch_driver.hpp"

#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <deque>
#include <istream>
#include <ostream>

#include "exit_status.hpp"
#include "output.hpp"
#include "pipeline/batch.hpp"
#include "pipeline/error_record.hpp"
#include "progress.hpp"

namespace zz::cli {

void add_batch_options(CLI::App& command, BatchCliOptions& options) {
  add_input_options(command, options.inputs);
  command.add_option(
      "-j,--jobs", options.jobs,
      "Analyse N documents at a time (default: one per core); output order is input order");
  command.add_flag("-q,--quiet", options.quiet,
                   "No progress bar and no summary line (errors still shown)");
}

void add_output_options(CLI::App& command, std::string& output, std::string& encoding) {
  command.add_option("-o,--output", output,
                     "Write to FILE (atomically) instead of standard output");
  command.add_option("--encoding", encoding,
                     "Input encoding (default: detect), e.g. GB18030, UTF-16LE");
}

std::string error_record(const InputItem& item, const Error& error, const InputOptions& options) {
  if (!item.is_record) return pipeline::error_record(item.path, error);
  return pipeline::error_record(item.path, error, record_id_json(item.record, options.id_field),
                                item.line);
}

namespace {

/// An error names the document it concerns, even when thrown by code that did not know it.
Error naming(const Error& error, const InputItem& item) {
  if (!error.file().empty()) return error;
  return item.is_record
             ? Error(error.kind(), error.what(), item.path, "line " + std::to_string(item.line))
             : error.with_file(item.path);
}

}  // namespace

BatchSummary run_documents(const BatchCliOptions& options, const DocumentBatch& batch,
                           std::istream& in, std::ostream& err, bool err_is_terminal) {
  InputStream inputs(options.inputs, in);
  Progress progress(err, progress_wanted(err_is_terminal, options.quiet, inputs.total()),
                    inputs.total());
  std::deque<InputItem> in_flight;  // the items of the tasks issued and not yet emitted, in order
  std::size_t succeeded = 0;
  std::size_t failed = 0;
  int status = kExitOk;
  bool written = false;

  pipeline::NextTask next = [&]() -> std::optional<pipeline::Task> {
    std::optional<InputItem> item = inputs.next();
    if (!item) return std::nullopt;
    in_flight.push_back(*item);
    const InputOptions& input_options = options.inputs;
    return pipeline::Task([item = std::move(*item), &input_options, &batch]() {
      LoadedInput loaded = load_input(item, input_options);
      return batch.render(loaded);
    });
  };
  pipeline::EmitOutcome emit = [&](std::size_t, pipeline::Outcome& outcome) {
    InputItem item = std::move(in_flight.front());
    in_flight.pop_front();
    progress.advance();
    if (outcome.error) {
      ++failed;
      Error error = naming(*outcome.error, item);
      status = std::max<int>(status, exit_status_for(error.kind()));
      progress.finish();
      err << "zzreport: error: " << error.message() << "\n";
      if (batch.error_records) batch.write(error_record(item, error, options.inputs));
      return;
    }
    if (written && !batch.one_document_hint.empty()) {
      throw Error(ErrorKind::usage,
                  "this format holds one report, and there are more: " + batch.one_document_hint);
    }
    ++succeeded;
    if (written) batch.write(batch.separator);
    batch.write(outcome.output);
    written = true;
  };

  unsigned jobs = options.jobs == 0 ? pipeline::default_jobs() : options.jobs;
  pipeline::run_ordered(next, emit, {jobs, 0});
  progress.finish();

  std::size_t total = succeeded + failed;
  if (total > 1 && (!options.quiet || failed > 0)) {
    err << fmt::format("zzreport: {} documents: {} analysed, {} failed\n", total, succeeded,
                       failed);
  }
  return {succeeded, failed, status};
}

int run_documents_into(Sink& sink, const BatchCliOptions& options, DocumentBatch batch,
                       std::istream& in, std::ostream& err, bool err_is_terminal) {
  // A format of one document is held until the run is known to have one: a second one stops the
  // run before anything reaches standard output.
  bool hold = !batch.one_document_hint.empty();
  std::string held;
  batch.write = [&sink, &held, hold](std::string_view text) {
    if (hold) {
      held += text;
    } else {
      sink.write(text);
    }
  };
  BatchSummary summary = run_documents(options, batch, in, err, err_is_terminal);
  if (hold) sink.write(held);
  if (batch.finish && (summary.succeeded > 0 || summary.failed == 0)) sink.write(batch.finish());
  if (summary.succeeded > 0 || summary.failed == 0) sink.commit();
  return summary.status;
}

}  // namespace zz::cli
