// error_record(): a failed document as one JSON line.
#include "pipeline/error_record.hpp"

#include "zzreport/report/json.hpp"

namespace zz::pipeline {

std::string_view error_kind_name(ErrorKind kind) noexcept {
  switch (kind) {
    case ErrorKind::input:
      return "input";
    case ErrorKind::usage:
      return "usage";
    case ErrorKind::data:
      return "data";
    case ErrorKind::output:
      return "output";
    case ErrorKind::internal:
      return "internal";
  }
  return "internal";
}

std::string error_record(std::string_view path, const Error& error, std::string_view id_json,
                         std::optional<std::size_t> line) {
  std::string out;
  report::JsonWriter w(out, report::JsonLayout::compact);
  report::begin_document_object(w, id_json);
  w.key("path");
  w.string(path);
  if (line) {
    w.key("line");
    w.integer(*line);
  }
  w.key("error");
  w.begin_object();
  w.key("kind");
  w.string(error_kind_name(error.kind()));
  w.key("message");
  w.string(error.message());  // may quote bad bytes of the input: the writer replaces them
  w.end_object();
  w.end_object();
  out += '\n';
  return out;
}

}  // namespace zz::pipeline
