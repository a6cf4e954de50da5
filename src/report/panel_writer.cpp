// CSV, JSON Lines, JSON and Markdown renderings of panel rows.
#include "zzreport/report/panel_writer.hpp"

#include <fmt/format.h>

#include "csv_field.hpp"
#include "json_values.hpp"
#include "labels.hpp"
#include "table.hpp"

namespace zz::report {
namespace {

using detail::csv_field;
using extract::PanelRow;

std::string number(std::optional<double> v) {
  return v ? detail::format_number(*v) : std::string();
}

std::string year_text(const text::Document& doc) {
  return doc.year ? std::to_string(*doc.year) : std::string();
}

void write_row(JsonWriter& w, const text::Document& doc, const PanelRow& r, bool with_document) {
  w.begin_object();
  if (with_document) {
    detail::member(w, "file", doc.path);
    detail::member(w, "region", detail::OrNull{doc.region});
    detail::member(w, "level", detail::OrNull{doc.level});
    detail::member(w, "year", doc.year);
  }
  detail::member(w, "indicator", r.indicator);
  detail::member(w, "kind", r.kind);
  detail::member(w, "period", r.period);
  detail::member(w, "op", r.op);
  for (auto [name, v] : {std::pair{"value", r.value}, {"min", r.min}, {"max", r.max}}) {
    w.key(name);
    if (v) {
      w.number(*v);
    } else {
      w.null();
    }
  }
  detail::member(w, "unit", r.unit);
  detail::member(w, "hedge", detail::OrNull{r.hedge});
  detail::member(w, "quote", r.quote);
  detail::member(w, "start", r.quote_span.begin);
  detail::member(w, "end", r.quote_span.end);
  w.end_object();
}

}  // namespace

std::string panel_csv_header() {
  return "file,region,level,year,indicator,kind,period,op,value,min,max,unit,hedge,quote,start,"
         "end\r\n";
}

std::string panel_csv(const text::Document& doc, const std::vector<PanelRow>& rows) {
  std::string out;
  for (const PanelRow& r : rows) {
    out +=
        fmt::format("{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{}\r\n", csv_field(doc.path),
                    csv_field(doc.region), doc.level, year_text(doc), r.indicator, r.kind, r.period,
                    r.op, number(r.value), number(r.min), number(r.max), csv_field(r.unit),
                    csv_field(r.hedge), csv_field(r.quote), r.quote_span.begin, r.quote_span.end);
  }
  return out;
}

std::string panel_jsonl(const text::Document& doc, const std::vector<PanelRow>& rows) {
  std::string out;
  for (const PanelRow& r : rows) {
    JsonWriter w(out, JsonLayout::compact);
    write_row(w, doc, r, true);
    out += '\n';
  }
  return out;
}

std::string panel_json(const text::Document& doc, const std::vector<PanelRow>& rows) {
  std::string out;
  JsonWriter w(out);
  w.begin_object();
  detail::member(w, "file", doc.path);
  detail::member(w, "region", detail::OrNull{doc.region});
  detail::member(w, "level", detail::OrNull{doc.level});
  detail::member(w, "year", doc.year);
  w.key("rows");
  w.begin_array();
  for (const PanelRow& r : rows) write_row(w, doc, r, false);
  w.end_array();
  w.end_object();
  return out + "\n";
}

std::string panel_markdown(const text::Document& doc, const std::vector<PanelRow>& rows) {
  std::string out = fmt::format("## {} {} ({})\n\n", doc.region.empty() ? doc.path : doc.region,
                                year_text(doc), doc.path);
  if (rows.empty()) return out + "No canonical indicator found.\n";
  detail::Table table;
  table.header = {"indicator", "kind", "period", "op", "value", "unit", "hedge", "quote"};
  for (const PanelRow& r : rows) {
    std::string value = r.value ? number(r.value) : number(r.min) + "–" + number(r.max);
    table.rows.push_back({r.indicator, r.kind, r.period, r.op, value, r.unit, r.hedge, r.quote});
  }
  table.max_width = {0, 0, 0, 0, 0, 0, 0, 40};
  out += detail::render_markdown(table);
  return out;
}

}  // namespace zz::report
