// Quantity rows: CSV (RFC 4180), JSON Lines, JSON and text renderings of a document's quantities.
#include "zzreport/report/quantity_rows.hpp"

#include <fmt/format.h>

#include <cmath>  // std::floor
#include <nlohmann/json.hpp>

#include "zzreport/extract/quantities.hpp"

namespace zz::report {
namespace {

using nlohmann::ordered_json;

/// Integers without a decimal point (5000, 500000000000), other values in their shortest form.
std::string number(std::optional<double> v) {
  if (!v) return {};
  if (std::floor(*v) == *v && std::abs(*v) < 1e15) return fmt::format("{}", static_cast<long long>(*v));
  return fmt::format("{}", *v);
}

std::string csv_field(std::string_view s) {
  if (s.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(s);
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

ordered_json optional_number(std::optional<double> v) {
  if (!v) return nullptr;
  if (std::floor(*v) == *v && std::abs(*v) < 1e15) return static_cast<long long>(*v);
  return *v;
}

ordered_json row_json(const text::Document& doc, const extract::Quantity& q) {
  ordered_json j;
  j["file"] = doc.path;
  j["kind"] = extract::to_string(q.kind);
  j["indicator"] = q.indicator;
  j["op"] = q.op;
  j["value_text"] = q.value_text;
  j["value"] = optional_number(q.value);
  j["min"] = optional_number(q.min);
  j["max"] = optional_number(q.max);
  j["unit"] = q.unit;
  j["magnitude"] = optional_number(q.magnitude);
  j["base_unit"] = q.base_unit;
  j["hedge"] = q.hedge;
  j["horizon"] = q.horizon;
  j["horizon_year"] = q.horizon_year ? ordered_json(*q.horizon_year) : ordered_json(nullptr);
  j["section"] = section_title(doc, q);
  j["span"] = ordered_json::array({q.span.begin, q.span.end});
  j["quote_span"] = ordered_json::array({q.quote_span.begin, q.quote_span.end});
  j["quote"] = q.quote;
  return j;
}

}  // namespace

std::string section_title(const text::Document& doc, const extract::Quantity& q) {
  if (!q.section || *q.section >= doc.sections.size()) return {};
  const text::Section& s = doc.sections[*q.section];
  return s.marker + s.title;
}

std::string quantities_csv_header() {
  return "file,kind,indicator,op,value,min,max,unit,magnitude,base_unit,hedge,horizon,horizon_year,"
         "section,start,end,quote\r\n";
}

std::string quantities_csv(const text::Document& doc, const std::vector<extract::Quantity>& quantities) {
  std::string out;
  for (const extract::Quantity& q : quantities) {
    out += fmt::format("{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{}\r\n", csv_field(doc.path),
                       extract::to_string(q.kind), csv_field(q.indicator), q.op, number(q.value),
                       number(q.min), number(q.max), csv_field(q.unit), number(q.magnitude),
                       csv_field(q.base_unit), q.hedge, csv_field(q.horizon),
                       q.horizon_year ? std::to_string(*q.horizon_year) : std::string(),
                       csv_field(section_title(doc, q)), q.span.begin, q.span.end, csv_field(q.quote));
  }
  return out;
}

std::string quantities_jsonl(const text::Document& doc, const std::vector<extract::Quantity>& quantities) {
  std::string out;
  for (const extract::Quantity& q : quantities) {
    out += row_json(doc, q).dump();
    out += '\n';
  }
  return out;
}

std::string quantities_json(const text::Document& doc, const std::vector<extract::Quantity>& quantities) {
  ordered_json rows = ordered_json::array();
  for (const extract::Quantity& q : quantities) rows.push_back(row_json(doc, q));
  ordered_json root;
  root["file"] = doc.path;
  root["year"] = doc.year ? ordered_json(*doc.year) : ordered_json(nullptr);
  root["quantities"] = std::move(rows);
  return root.dump(2) + "\n";
}

std::string quantities_text(const text::Document& doc, const std::vector<extract::Quantity>& quantities) {
  std::string out = fmt::format("{}: {} quantities\n", doc.path, quantities.size());
  for (const extract::Quantity& q : quantities) {
    std::string value = q.value_text.empty() ? "-" : q.value_text + q.unit;
    std::string extras;
    if (!q.hedge.empty()) extras += " hedge=" + q.hedge;
    if (!q.horizon.empty()) extras += " horizon=" + q.horizon;
    out += fmt::format("  {:<11} {:<6} {:<12} {}  [{}]{}  «{}»\n", extract::to_string(q.kind), q.op, value,
                       q.indicator, fmt::format("{}-{}", q.span.begin, q.span.end), extras, q.quote);
  }
  return out;
}

}  // namespace zz::report
