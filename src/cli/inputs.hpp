// Inputs of a batch run: file arguments, directories, --files-from lists and JSON Lines records,
// turned into a lazy stream of documents so that memory does not grow with the archive.
#pragma once

#include <cstdint>
#include <functional>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "zzreport/text/document.hpp"
#include "zzreport/text/error.hpp"
#include "zzreport/text/metadata_override.hpp"

namespace CLI {
class App;
}

namespace zz::cli {

/// How the inputs of a command are given (the options add_input_options registers).
struct InputOptions {
  std::vector<std::string> paths;  ///< files, directories, '-' for standard input
  std::vector<std::string> globs;  ///< --glob: file-name patterns for files found in directories
  std::string files_from;          ///< --files-from FILE|-: more paths, one a line
  std::string files_from_flag = "--files-from";  ///< the option that set files_from, for errors
  bool null_separated = false;        ///< -0: --files-from entries end with NUL, not newline
  std::string input_format = "text";  ///< --input: text (one document a file) | jsonl
  std::string id_field = "id";        ///< --id-field for --input jsonl
  std::string text_field = "text";    ///< --text-field for --input jsonl
  text::MetadataOverride meta;        ///< --meta region=…,year=…,level=…
};

/// Registers `paths` as positional arguments and --glob, --files-from, -0, --input, --id-field,
/// --text-field and --meta on `command`.
void add_input_options(CLI::App& command, InputOptions& options);

/// The bytes of one document and the names to report it under.
struct LoadedInput {
  std::string path;   ///< the file, or for a JSON Lines record its id (else "FILE:LINE")
  std::string bytes;  ///< the document's text as read
  /// JSON Lines records only: the record's id as compact JSON ("null" if absent), which the JSON
  /// writers put first in the document's output as "id"; empty for a file.
  std::string id_json;
  /// --meta, with a JSON Lines record's own region, level and year fields over it.
  text::MetadataOverride meta;
};

/// One document to analyse, as listed; load() reads it (on a worker thread) and throws zz::Error
/// naming the file, or the file and line of a malformed record.
struct InputItem {
  std::string path;      ///< the file (for a JSONL record: the file holding it)
  std::size_t line = 0;  ///< JSONL records: the line number in `path`, from 1
  std::string record;    ///< JSONL records: the line itself
  bool is_record = false;
  std::optional<Error> error;  ///< set when listing already failed (a JSONL file cannot be opened)
};

/// The id of a JSON Lines record (its member `id_field`) as compact JSON, as LoadedInput::id_json
/// holds it; "null" when the record has none, or is not a JSON object at all.
std::string record_id_json(std::string_view record, const std::string& id_field);

/// Reads the item's bytes (files) or parses its record (JSON Lines) per `options`. A record's
/// region, level or year field that is not a valid value throws zz::Error(input) naming its line.
LoadedInput load_input(const InputItem& item, const InputOptions& options);

/// The document of `input` (text::load_document) with its metadata overrides applied.
text::Document load_document(const LoadedInput& input, const text::LoadOptions& options);

/// The files `options` name, in a deterministic order: arguments and --files-from entries as given,
/// directories expanded recursively (hidden entries skipped) in byte order of their paths and
/// filtered by --glob. A path that does not exist stays in the list, to fail as that document.
/// `stdin` is read for --files-from -. Throws zz::Error(usage) for an unreadable --files-from list.
std::vector<std::string> expand_paths(const InputOptions& options, std::istream& stdin_stream);

/// The files of a corpus to learn from (`idf build`, `lexicon build`): files as given, and below
/// each directory given every *.md and *.txt file, hidden entries skipped, in byte order of their
/// paths, so that what is built does not depend on the file system. A directory without such
/// files adds none. Throws zz::Error(input) naming a directory that cannot be listed.
std::vector<std::string> corpus_files(const std::vector<std::string>& inputs);

/// A lazy stream of InputItems: the expanded files, or the lines of JSON Lines inputs (read only
/// as far as the consumer has asked, so that memory stays bounded).
class InputStream {
 public:
  /// `stdin_stream` is read for '-' (JSONL records or --files-from -); it must outlive the stream.
  InputStream(const InputOptions& options, std::istream& stdin_stream);
  ~InputStream();
  InputStream(const InputStream&) = delete;
  InputStream& operator=(const InputStream&) = delete;

  /// The next item, or nullopt at the end. Blank JSONL lines are skipped.
  std::optional<InputItem> next();

  /// How many items there are when known in advance (file inputs), for the progress display.
  std::optional<std::size_t> total() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace zz::cli
