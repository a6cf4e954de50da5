// Input expansion (files, directories, --files-from) and the lazy item stream of a batch run.
#include "inputs.hpp"

#include <fnmatch.h>  // fnmatch: --glob, with the shell's rules

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <istream>
#include <nlohmann/json.hpp>
#include <system_error>

#include "zzreport/report/json.hpp"
#include "zzreport/text/document.hpp"

namespace zz::cli {
namespace fs = std::filesystem;

void add_input_options(CLI::App& command, InputOptions& options) {
  command.add_option("files", options.paths,
                     "Report files or directories ('-' for standard input); with --input jsonl, "
                     "files of records (default: standard input)");
  command
      .add_option("--glob", options.globs,
                  "In directories, only files whose name matches PATTERN (repeatable), e.g. '*.md'")
      ->allow_extra_args(false);  // one pattern per --glob: the paths after it stay inputs
  command.add_option("--files-from", options.files_from,
                     "Read more input paths from FILE ('-' for standard input), one a line");
  command.add_flag("-0,--null", options.null_separated,
                   "--files-from entries are separated by NUL (find -print0), not newlines");
  command
      .add_option("--input", options.input_format,
                  "Input kind: text (a document per file, default) or jsonl (a record per line)")
      ->check(CLI::IsMember({"text", "jsonl"}));
  command.add_option("--id-field", options.id_field,
                     "--input jsonl: the field holding the id (default: id)");
  command.add_option("--text-field", options.text_field,
                     "--input jsonl: the field holding the text (default: text)");
  command
      .add_option_function<std::string>(
          "--meta",
          [&options](const std::string& spec) {
            options.meta = text::MetadataOverride::parse(spec);
          },
          "Metadata that replaces what the text says, for a single file: region=…,year=…,level=… "
          "(level: national, provincial, city or county); --input jsonl records' own region, year "
          "and level fields take precedence")
      ->check([](const std::string& spec) {
        try {
          text::MetadataOverride::parse(spec);
          return std::string();
        } catch (const Error& e) {
          return std::string(e.what());
        }
      });
}

namespace {

bool hidden(const fs::path& path) {
  std::string name = path.filename().string();
  return !name.empty() && name[0] == '.';
}

bool matches(const std::vector<std::string>& globs, const fs::path& path) {
  if (globs.empty()) return true;
  std::string name = path.filename().string();
  return std::any_of(globs.begin(), globs.end(), [&](const std::string& glob) {
    return ::fnmatch(glob.c_str(), name.c_str(), 0) == 0;
  });
}

/// The regular files below `dir` that `wanted` accepts, hidden entries skipped, sorted byte-wise so
/// that the order is the same on every machine.
template <typename Wanted>
std::vector<std::string> files_below(const std::string& dir, Wanted&& wanted) {
  std::vector<std::string> found;
  std::error_code ec;
  fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
  if (ec) throw Error(ErrorKind::input, ec.message(), dir);
  for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (ec) throw Error(ErrorKind::input, ec.message(), dir);
    if (hidden(it->path())) {
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file(ec) && wanted(it->path())) found.push_back(it->path().string());
  }
  std::sort(found.begin(), found.end());
  return found;
}

void add_directory(const std::string& dir, const std::vector<std::string>& globs,
                   std::vector<std::string>& out) {
  std::vector<std::string> found =
      files_below(dir, [&](const fs::path& path) { return matches(globs, path); });
  if (found.empty()) {
    throw Error(ErrorKind::input, globs.empty() ? "no files found" : "no files match --glob", dir);
  }
  out.insert(out.end(), found.begin(), found.end());
}

void add_path(const std::string& path, const std::vector<std::string>& globs,
              std::vector<std::string>& out) {
  std::error_code ec;
  if (path != "-" && fs::is_directory(path, ec)) {
    add_directory(path, globs, out);
  } else {
    out.push_back(path);  // a missing file fails later, as that document, and the rest go on
  }
}

std::vector<std::string> read_list(std::istream& in, char separator) {
  std::vector<std::string> list;
  std::string entry;
  while (std::getline(in, entry, separator)) {
    if (separator == '\n' && !entry.empty() && entry.back() == '\r') entry.pop_back();
    if (!entry.empty()) list.push_back(entry);
  }
  return list;
}

}  // namespace

std::vector<std::string> expand_paths(const InputOptions& options, std::istream& stdin_stream) {
  std::vector<std::string> paths;
  for (const std::string& path : options.paths) add_path(path, options.globs, paths);
  if (!options.files_from.empty()) {
    char separator = options.null_separated ? '\0' : '\n';
    std::vector<std::string> listed;
    if (options.files_from == "-") {
      listed = read_list(stdin_stream, separator);
    } else {
      std::ifstream file(options.files_from, std::ios::binary);
      if (!file)
        throw Error(ErrorKind::usage, "cannot read the " + options.files_from_flag + " list",
                    options.files_from);
      listed = read_list(file, separator);
    }
    for (const std::string& path : listed) add_path(path, options.globs, paths);
  }
  return paths;
}

std::vector<std::string> corpus_files(const std::vector<std::string>& inputs) {
  std::vector<std::string> files;
  for (const std::string& input : inputs) {
    std::error_code ec;
    if (!fs::is_directory(input, ec)) {
      files.push_back(input);
      continue;
    }
    std::vector<std::string> found = files_below(input, [](const fs::path& path) {
      return path.extension() == ".md" || path.extension() == ".txt";
    });
    files.insert(files.end(), found.begin(), found.end());
  }
  return files;
}

namespace {

using nlohmann::json;

/// `value`, parsed from a record, written back by the one JSON writer.
void write_value(report::JsonWriter& w, const json& value) {
  switch (value.type()) {
    case json::value_t::object:
      w.begin_object();
      for (const auto& [key, member] : value.items()) {
        w.key(key);
        write_value(w, member);
      }
      w.end_object();
      return;
    case json::value_t::array:
      w.begin_array();
      for (const json& element : value) write_value(w, element);
      w.end_array();
      return;
    case json::value_t::string:
      w.string(value.get_ref<const std::string&>());
      return;
    case json::value_t::boolean:
      w.boolean(value.get<bool>());
      return;
    case json::value_t::number_integer:
      w.integer(value.get<std::int64_t>());
      return;
    case json::value_t::number_unsigned:
      w.integer(value.get<std::uint64_t>());
      return;
    case json::value_t::number_float:
      w.number(value.get<double>());
      return;
    default:  // null (parse() gives no binary or discarded values inside a record)
      w.null();
  }
}

/// The member `id_field` of `record` as compact JSON; "null" when there is none.
std::string id_json(const json& record, const std::string& id_field) {
  std::string out;
  report::JsonWriter w(out, report::JsonLayout::compact);
  auto id = record.find(id_field);  // end() for anything but an object
  if (id == record.end()) {
    w.null();
  } else {
    write_value(w, *id);
  }
  return out;
}

/// The record's id as the document's name: a string as is, a number as written, else FILE:LINE.
std::string record_name(const json& record, const std::string& id_field, std::string_view id_json,
                        const InputItem& item) {
  auto id = record.find(id_field);
  if (id != record.end() && id->is_string()) return id->get<std::string>();
  if (id != record.end() && id->is_number()) return std::string(id_json);
  return item.path + ":" + std::to_string(item.line);
}

LoadedInput load_record(const InputItem& item, const InputOptions& options) {
  std::string where = "line " + std::to_string(item.line);
  json record = json::parse(item.record, nullptr, false);
  if (record.is_discarded())
    throw Error(ErrorKind::input, "malformed JSON record", item.path, where);
  if (!record.is_object())
    throw Error(ErrorKind::input, "the record is not a JSON object", item.path, where);
  auto text = record.find(options.text_field);
  if (text == record.end() || !text->is_string()) {
    throw Error(ErrorKind::input, "the record has no string field \"" + options.text_field + "\"",
                item.path, where);
  }
  LoadedInput loaded;
  loaded.id_json = id_json(record, options.id_field);
  loaded.path = record_name(record, options.id_field, loaded.id_json, item);
  loaded.meta = options.meta;
  for (const char* key : {"region", "level", "year"}) {
    auto field = record.find(key);
    if (field == record.end() || field->is_null()) continue;
    if (!field->is_string() && !field->is_number_integer()) {
      throw Error(ErrorKind::input,
                  std::string("the record's \"") + key + "\" is not a string or an integer",
                  item.path, where);
    }
    try {
      loaded.meta.set(key,
                      field->is_string() ? field->get_ref<const std::string&>() : field->dump());
    } catch (const Error& e) {
      throw Error(ErrorKind::input, std::string("the record's ") + e.what(), item.path, where);
    }
  }
  loaded.bytes = std::move(text->get_ref<std::string&>());
  return loaded;
}

}  // namespace

std::string record_id_json(std::string_view record, const std::string& id_field) {
  return id_json(json::parse(record, nullptr, false), id_field);
}

LoadedInput load_input(const InputItem& item, const InputOptions& options) {
  if (item.error) throw *item.error;
  if (item.is_record) return load_record(item, options);
  return {item.path, text::read_file(item.path), {}, options.meta};
}

text::Document load_document(const LoadedInput& input, const text::LoadOptions& options) {
  text::Document doc = text::load_document(input.bytes, input.path, options);
  text::apply_override(doc, input.meta, options.regions);
  return doc;
}

struct InputStream::Impl {
  const InputOptions* options = nullptr;
  std::istream* stdin_stream = nullptr;
  std::vector<std::string> paths;
  std::size_t next_path = 0;
  // JSON Lines: the file being read and where in it.
  std::ifstream file;
  std::istream* records = nullptr;
  std::string records_path;
  std::size_t line = 0;

  std::optional<InputItem> next_record();
};

InputStream::InputStream(const InputOptions& options, std::istream& stdin_stream)
    : impl_(std::make_unique<Impl>()) {
  impl_->options = &options;
  impl_->stdin_stream = &stdin_stream;
  impl_->paths = expand_paths(options, stdin_stream);
  if (impl_->paths.empty() && options.files_from.empty()) {
    if (options.input_format != "jsonl") {
      throw Error(ErrorKind::usage,
                  "no input files: give FILE..., a directory, --files-from LIST or '-'");
    }
    impl_->paths.emplace_back("-");  // JSON Lines records come from standard input by default
  }
}

InputStream::~InputStream() = default;

std::optional<InputItem> InputStream::next() {
  if (impl_->options->input_format == "jsonl") return impl_->next_record();
  if (impl_->next_path == impl_->paths.size()) return std::nullopt;
  InputItem item;
  item.path = impl_->paths[impl_->next_path++];
  return item;
}

std::optional<InputItem> InputStream::Impl::next_record() {
  std::string text;
  for (;;) {
    if (records == nullptr) {
      if (next_path == paths.size()) return std::nullopt;
      records_path = paths[next_path++];
      line = 0;
      if (records_path == "-") {
        records = stdin_stream;
      } else {
        file = std::ifstream(records_path, std::ios::binary);
        if (!file) {
          InputItem failed;
          failed.path = records_path;
          failed.error = Error(ErrorKind::input, std::strerror(errno), records_path);
          return failed;
        }
        records = &file;
      }
    }
    if (!std::getline(*records, text)) {
      records = nullptr;
      file.close();
      continue;
    }
    ++line;
    if (!text.empty() && text.back() == '\r') text.pop_back();
    if (text.find_first_not_of(" \t") == std::string::npos) continue;
    InputItem item;
    item.path = records_path;
    item.line = line;
    item.record = std::move(text);
    item.is_record = true;
    return item;
  }
}

std::optional<std::size_t> InputStream::total() const {
  if (impl_->options->input_format == "jsonl") return std::nullopt;
  return impl_->paths.size();
}

}  // namespace zz::cli
