// Quantity rows: CSV (RFC 4180), JSON Lines, JSON and text renderings of a document's quantities.
#include "zzreport/report/quantity_rows.hpp"

#include <fmt/format.h>

#include "csv_field.hpp"
#include "json_values.hpp"
#include "labels.hpp"
#include "quantity_json.hpp"
#include "zzreport/extract/quantities.hpp"

namespace zz::report {
namespace {

using detail::csv_field;

std::string number(std::optional<double> v) {
  return v ? detail::format_number(*v) : std::string();
}

}  // namespace

std::string quantities_csv_header() {
  return "file,kind,indicator,op,change,value,min,max,unit,magnitude,base_unit,hedge,horizon,"
         "horizon_year,section,start,end,quote\r\n";
}

std::string quantities_csv(const text::Document& doc,
                           const std::vector<extract::Quantity>& quantities) {
  std::string out;
  for (const extract::Quantity& q : quantities) {
    out +=
        fmt::format("{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{}\r\n",
                    csv_field(doc.path), extract::to_string(q.kind), csv_field(q.indicator), q.op,
                    q.change, number(q.value), number(q.min), number(q.max), csv_field(q.unit),
                    number(q.magnitude), csv_field(q.base_unit), q.hedge, csv_field(q.horizon),
                    q.horizon_year ? std::to_string(*q.horizon_year) : std::string(),
                    csv_field(detail::section_label(doc, q.section)), q.span.begin, q.span.end,
                    csv_field(q.quote));
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
    if (!q.hedge.empty()) extras += " hedge=" + q.hedge;
    if (!q.horizon.empty()) extras += " horizon=" + q.horizon;
    out += fmt::format("  {:<11} {:<6} {:<12} {}  [{}]{}  «{}»\n", extract::to_string(q.kind), q.op,
                       value, q.indicator, fmt::format("{}-{}", q.span.begin, q.span.end), extras,
                       q.quote);
  }
  return out;
}

}  // namespace zz::report
