// Keyword writers: text table, JSON and CSV renderings of extract::Keyword.
#include "zzreport/report/keywords_writer.hpp"

#include <fmt/format.h>

#include <cmath>

#include "keywords_json.hpp"
#include "zzreport/text/utf8.hpp"

namespace zz::report {
namespace {

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

std::string csv_field(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + '"';
}

}  // namespace

double rounded_score(double score) { return std::round(score * 1e4) / 1e4; }

nlohmann::ordered_json keywords_json(const std::vector<extract::Keyword>& keywords) {
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (const extract::Keyword& k : keywords) {
    nlohmann::ordered_json spans = nlohmann::ordered_json::array();
    for (const Span& s : k.spans) spans.push_back({s.begin, s.end});
    out.push_back({{"term", k.term},
                   {"score", rounded_score(k.score)},
                   {"count", k.count},
                   {"phrase", k.phrase},
                   {"spans", std::move(spans)},
                   {"sections", k.section_counts}});
  }
  return out;
}

std::string keywords_to_json(const text::Document& doc, const std::vector<extract::Keyword>& keywords,
                             bool pretty) {
  nlohmann::ordered_json root;
  root["path"] = doc.path;
  root["keywords"] = keywords_json(keywords);
  std::string out = pretty ? root.dump(2) : root.dump();
  out += '\n';
  return out;
}

std::string keywords_to_text(const text::Document& doc, const std::vector<extract::Keyword>& keywords) {
  std::string out = fmt::format("{}\n", doc.path);
  std::size_t width = 0;
  for (const extract::Keyword& k : keywords) {
    // Han characters take two columns in a terminal.
    std::size_t chars = text::utf8::count_code_points(k.term);
    width = std::max(width, chars + (k.term.size() - chars) / 2);
  }
  for (std::size_t r = 0; r < keywords.size(); ++r) {
    const extract::Keyword& k = keywords[r];
    std::size_t chars = text::utf8::count_code_points(k.term);
    std::size_t columns = chars + (k.term.size() - chars) / 2;
    out += fmt::format("{:>3}  {}{}  {:>9.4f}  {:>4}  [{}]  {}\n", r + 1, k.term,
                       std::string(width - columns, ' '), k.score, k.count, joined_counts(k.section_counts),
                       k.spans.empty() ? std::string() : fmt::format("@{}", k.spans.front().begin));
  }
  return out;
}

std::string keywords_csv_header() { return "file,rank,term,score,count,phrase,spans,sections\n"; }

std::string keywords_to_csv(const text::Document& doc, const std::vector<extract::Keyword>& keywords) {
  std::string out;
  for (std::size_t r = 0; r < keywords.size(); ++r) {
    const extract::Keyword& k = keywords[r];
    out += fmt::format("{},{},{},{:.4f},{},{},{},{}\n", csv_field(doc.path), r + 1, csv_field(k.term),
                       k.score, k.count, k.phrase ? "true" : "false", joined_spans(k.spans),
                       joined_counts(k.section_counts));
  }
  return out;
}

}  // namespace zz::report
