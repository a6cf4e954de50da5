// Quantity rows: CSV (RFC 4180), JSON Lines, JSON and text renderings of a document's quantities.
#include "zzreport/report/quantity_rows.hpp"

#include <fmt/format.h>

#include "csv_field.hpp"
#include "json_values.hpp"
#include "labels.hpp"
#include "quantity_json.hpp"

namespace zz::report {
namespace {

using detail::csv_field;
using Doc = text::Document;
using Q = extract::Quantity;

std::string number(std::optional<double> v) {
  return v ? detail::format_number(*v) : std::string();
}

/// A column of the quantity CSV: its name in the header, and a quantity's field (before quoting).
struct Column {
  std::string_view name;
  std::string (*field)(const Doc& doc, const Q& q);
};

/// The columns of the quantity CSV, in order: the header and every row are written from here.
constexpr Column kColumns[] = {
    {"file", [](const Doc& doc, const Q&) { return doc.path; }},
    {"kind", [](const Doc&, const Q& q) { return std::string(extract::to_string(q.kind)); }},
    {"indicator", [](const Doc&, const Q& q) { return q.indicator; }},
    {"op", [](const Doc&, const Q& q) { return std::string(extract::to_string(q.op)); }},
    {"change", [](const Doc&, const Q& q) { return std::string(extract::to_string(q.change)); }},
    {"value", [](const Doc&, const Q& q) { return number(q.value); }},
    {"min", [](const Doc&, const Q& q) { return number(q.min); }},
    {"max", [](const Doc&, const Q& q) { return number(q.max); }},
    {"unit", [](const Doc&, const Q& q) { return q.unit; }},
    {"magnitude", [](const Doc&, const Q& q) { return number(q.magnitude); }},
    {"base_unit", [](const Doc&, const Q& q) { return q.base_unit; }},
    {"hedge", [](const Doc&, const Q& q) { return std::string(extract::to_string(q.hedge)); }},
    {"horizon", [](const Doc&, const Q& q) { return q.horizon; }},
    {"horizon_year",
     [](const Doc&, const Q& q) {
       return q.horizon_year ? std::to_string(*q.horizon_year) : std::string();
     }},
    {"section", [](const Doc& doc, const Q& q) { return detail::section_label(doc, q.section); }},
    {"start", [](const Doc&, const Q& q) { return std::to_string(q.span.begin); }},
    {"end", [](const Doc&, const Q& q) { return std::to_string(q.span.end); }},
    {"quote", [](const Doc&, const Q& q) { return q.quote; }},
};

}  // namespace

std::string quantities_csv_header() {
  std::string out;
  for (const Column& column : kColumns) {
    if (!out.empty()) out += ',';
    out += column.name;
  }
  return out + "\r\n";
}

std::string quantities_csv(const text::Document& doc,
                           const std::vector<extract::Quantity>& quantities) {
  std::string out;
  for (const extract::Quantity& q : quantities) {
    for (const Column& column : kColumns) {
      if (&column != kColumns) out += ',';
      out += csv_field(column.field(doc, q));
    }
    out += "\r\n";
  }
  return out;
}

std::string quantities_jsonl(const text::Document& doc,
                             const std::vector<extract::Quantity>& quantities) {
  std::string out;
  for (const extract::Quantity& q : quantities) {
    JsonWriter w(out, JsonLayout::compact);
    write_quantity(w, doc, q, true);
    out += '\n';
  }
  return out;
}

std::string quantities_json(const text::Document& doc,
                            const std::vector<extract::Quantity>& quantities) {
  std::string out;
  JsonWriter w(out);
  w.begin_object();
  detail::member(w, "file", doc.path);
  detail::member(w, "year", doc.year);
  w.key("quantities");
  w.begin_array();
  for (const extract::Quantity& q : quantities) write_quantity(w, doc, q, true);
  w.end_array();
  w.end_object();
  return out + "\n";
}

std::string quantities_text(const text::Document& doc,
                            const std::vector<extract::Quantity>& quantities) {
  std::string out = fmt::format("{}: {} quantities\n", doc.path, quantities.size());
  for (const extract::Quantity& q : quantities) {
    std::string value = q.value_text.empty() ? "-" : q.value_text + q.unit;
    std::string extras;
    if (q.hedge != extract::Hedge::none)
      extras += fmt::format(" hedge={}", extract::to_string(q.hedge));
    if (!q.horizon.empty()) extras += " horizon=" + q.horizon;
    out += fmt::format("  {:<11} {:<6} {:<12} {}  [{}]{}  «{}»\n", extract::to_string(q.kind),
                       extract::to_string(q.op), value, q.indicator,
                       fmt::format("{}-{}", q.span.begin, q.span.end), extras, q.quote);
  }
  return out;
}

}  // namespace zz::report
