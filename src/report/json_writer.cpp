// to_json(): the versioned JSON document model (docs/json.md, docs/schema/).
#include <nlohmann/json.hpp>

#include "json_dump.hpp"
#include "keywords_json.hpp"
#include "zzreport/report/writers.hpp"

namespace zz::report {
namespace {

using nlohmann::ordered_json;

ordered_json span_json(Span s) { return ordered_json::array({s.begin, s.end}); }

ordered_json document_json(const text::Document& doc) {
  ordered_json j;
  j["path"] = doc.path;
  j["title"] = doc.title;
  j["year"] = doc.year ? ordered_json(*doc.year) : ordered_json(nullptr);
  j["encoding"] = doc.encoding;
  j["bytes"] = doc.bytes;
  j["characters"] = doc.original_chars;
  j["paragraphs"] = doc.paragraphs.size();
  j["sentences"] = doc.sentences.size();
  j["sections"] = doc.sections.size();
  return j;
}

ordered_json outline_json(const text::Document& doc) {
  ordered_json out = ordered_json::array();
  for (const text::Section& s : doc.sections) {
    ordered_json j;
    j["level"] = s.level;
    j["marker"] = s.marker;
    j["title"] = s.title;
    j["span"] = span_json(s.span);
    j["parent"] = s.parent ? ordered_json(*s.parent) : ordered_json(nullptr);
    out.push_back(std::move(j));
  }
  return out;
}

ordered_json warnings_json(const text::Document& doc) {
  ordered_json out = ordered_json::array();
  for (const text::Warning& w : doc.warnings) {
    out.push_back({{"kind", w.kind}, {"message", w.message}, {"span", span_json(w.span)}});
  }
  return out;
}

}  // namespace

std::string to_json(const ReportInput& input, bool pretty) {
  ordered_json root;
  root["schema_version"] = kSchemaVersion;
  root["document"] = document_json(*input.document);
  root["outline"] = outline_json(*input.document);
  root["warnings"] = warnings_json(*input.document);
  root["keywords"] = keywords_json(input.analysis->keywords);
  ordered_json options = ordered_json::object();
  for (const auto& [key, value] : input.options) options[key] = value;
  root["options"] = std::move(options);
  std::string out = dump_json(root, pretty);
  out += '\n';
  return out;
}

}  // namespace zz::report
