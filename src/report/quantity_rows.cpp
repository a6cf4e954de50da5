// Quantity rows: CSV (RFC 4180), JSON Lines, JSON and text renderings of a document's quantities.
#include "zzreport/report/quantity_rows.hpp"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "csv_field.hpp"
#include "json_dump.hpp"
#include "labels.hpp"
#include "quantity_json.hpp"

namespace zz::report {
namespace {

using detail::csv_field;
using nlohmann::ordered_json;

std::string number(std::optional<double> v) { return v ? detail::format_number(*v) : std::string(); }

}  // namespace

std::string quantities_csv_header() {
  return "file,kind,indicator,op,change,value,min,max,unit,magnitude,base_unit,hedge,horizon,"
         "horizon_year,section,start,end,quote\r\n";
}

std::string quantities_csv(const text::Document& doc, const std::vector<extract::Quantity>& quantities) {
  std::string out;
  for (const extract::Quantity& q : quantities) {
    out += fmt::format("{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{}\r\n", csv_field(doc.path),
                       extract::to_string(q.kind), csv_field(q.indicator), extract::to_string(q.op), extract::to_string(q.change), number(q.value),
                       number(q.min), number(q.max), csv_field(q.unit), number(q.magnitude),
                       csv_field(q.base_unit), extract::to_string(q.hedge), csv_field(q.horizon),
                       q.horizon_year ? std::to_string(*q.horizon_year) : std::string(),
                       csv_field(detail::section_label(doc, q.section)), q.span.begin, q.span.end, csv_field(q.quote));
  }
  return out;
}

std::string quantities_jsonl(const text::Document& doc, const std::vector<extract::Quantity>& quantities) {
  std::string out;
  for (const extract::Quantity& q : quantities) {
    JsonWriter writer(out, false);
    write_quantity(writer, doc, q, true);
    out += '\n';
  }
  return out;
}

std::string quantities_json(const text::Document& doc, const std::vector<extract::Quantity>& quantities) {
  std::string out;
  JsonObjectWriter root(out, true);
  root.member("file", doc.path);
  root.member("year", doc.year ? ordered_json(*doc.year) : ordered_json(nullptr));
  root.array_member_with("quantities", [&](auto&& emit) {
    for (const extract::Quantity& q : quantities) emit([&](JsonWriter& w) { write_quantity(w, doc, q, true); });
  });
  root.finish();
  return out + "\n";
}

std::string quantities_text(const text::Document& doc, const std::vector<extract::Quantity>& quantities) {
  std::string out = fmt::format("{}: {} quantities\n", doc.path, quantities.size());
  for (const extract::Quantity& q : quantities) {
    std::string value = q.value_text.empty() ? "-" : q.value_text + q.unit;
    std::string extras;
    if (q.hedge != extract::Hedge::none) extras += fmt::format(" hedge={}", extract::to_string(q.hedge));
    if (!q.horizon.empty()) extras += " horizon=" + q.horizon;
    out += fmt::format("  {:<11} {:<6} {:<12} {}  [{}]{}  «{}»\n", extract::to_string(q.kind), extract::to_string(q.op), value,
                       q.indicator, fmt::format("{}-{}", q.span.begin, q.span.end), extras, q.quote);
  }
  return out;
}

}  // namespace zz::report
