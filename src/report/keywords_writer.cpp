// Keyword writers: text table, JSON and CSV renderings of extract::Keyword.
#include "zzreport/report/keywords_writer.hpp"

#include <fmt/format.h>

#include <cmath>

#include "csv_field.hpp"
#include "json_values.hpp"
#include "keywords_json.hpp"
#include "zzreport/report/display_width.hpp"

namespace zz::report {
namespace {

using detail::member;

std::string joined_spans(const std::vector<Span>& spans) {
  std::string out;
  for (const Span& s : spans) out += fmt::format("{}{}-{}", out.empty() ? "" : ";", s.begin, s.end);
  return out;
}

std::string joined_counts(const std::vector<std::uint32_t>& counts) {
  std::string out;
  for (std::uint32_t c : counts) out += fmt::format("{}{}", out.empty() ? "" : ";", c);
  return out;
}

}  // namespace

double rounded_score(double score) { return std::round(score * 1e4) / 1e4; }

void write_keywords(JsonWriter& w, const std::vector<extract::Keyword>& keywords) {
  w.begin_array();
  for (const extract::Keyword& k : keywords) {
    w.begin_object();
    member(w, "term", k.term);
    member(w, "type", extract::to_string(k.type));
    w.key("score");
    w.number(rounded_score(k.score));
    member(w, "count", k.count);
    member(w, "phrase", k.phrase);
    member(w, "spans", k.spans);
    member(w, "sections", k.section_counts);
    w.end_object();
  }
  w.end_array();
}

std::string keywords_to_json(const text::Document& doc,
                             const std::vector<extract::Keyword>& keywords, bool pretty,
                             std::string_view record_id) {
  std::string out;
  JsonWriter w(out, pretty ? JsonLayout::indented : JsonLayout::compact);
  begin_document_object(w, record_id);
  member(w, "path", doc.path);
  w.key("keywords");
  write_keywords(w, keywords);
  w.end_object();
  out += '\n';
  return out;
}

std::string keywords_to_text(const text::Document& doc,
                             const std::vector<extract::Keyword>& keywords) {
  std::string out = fmt::format("{}\n", doc.path);
  std::size_t width = display_width("term");
  for (const extract::Keyword& k : keywords) width = std::max(width, display_width(k.term));
  // per section: occurrences in each top-level section, in outline order; first: its first span.
  out += fmt::format("{:>3}  {}  {:>9}  {:>5}  {}  {}\n", "#", pad_to_width("term", width), "score",
                     "count", "first", "per section");
  for (std::size_t r = 0; r < keywords.size(); ++r) {
    const extract::Keyword& k = keywords[r];
    out += fmt::format("{:>3}  {}  {:>9.4f}  {:>5}  {:>5}  {}\n", r + 1,
                       pad_to_width(k.term, width), k.score, k.count,
                       k.spans.empty() ? std::string("-") : std::to_string(k.spans.front().begin),
                       joined_counts(k.section_counts));
  }
  return out;
}

std::string keywords_csv_header() { return "file,rank,term,score,count,phrase,spans,sections\n"; }

std::string keywords_to_csv(const text::Document& doc,
                            const std::vector<extract::Keyword>& keywords) {
  std::string out;
  for (std::size_t r = 0; r < keywords.size(); ++r) {
    const extract::Keyword& k = keywords[r];
    out += fmt::format("{},{},{},{:.4f},{},{},{},{}\n", detail::csv_field(doc.path), r + 1,
                       detail::csv_field(k.term), k.score, k.count, k.phrase ? "true" : "false",
                       joined_spans(k.spans), joined_counts(k.section_counts));
  }
  return out;
}

}  // namespace zz::report
