// quantities_to_csv(): one RFC 4180 row per quantity, the table researchers load into Excel, Stata,
// R.
#include <string>

#include "labels.hpp"
#include "zzreport/report/writers.hpp"

namespace zz::report {
namespace {

/// A field quoted when it holds a comma, a quote, a line break or edge spaces (RFC 4180).
void append_field(std::string& row, std::string_view field) {
  bool quote = field.find_first_of(",\"\r\n") != std::string_view::npos ||
               (!field.empty() && (field.front() == ' ' || field.back() == ' '));
  if (!quote) {
    row += field;
    return;
  }
  row += '"';
  for (char ch : field) {
    if (ch == '"') row += '"';
    row += ch;
  }
  row += '"';
}

std::string number(const std::optional<double>& v) { return v ? detail::format_number(*v) : ""; }

}  // namespace

std::string quantities_csv_header() {
  return "file,kind,indicator,op,value,min,max,unit,magnitude,base_unit,hedge,horizon,section,"
         "start,"
         "end,quote\r\n";
}

std::string quantities_to_csv(const text::Document& doc,
                              const std::vector<extract::Quantity>& quantities) {
  std::string out;
  for (const extract::Quantity& q : quantities) {
    const std::string fields[] = {
        doc.path,
        std::string(kind_name(q.kind)),
        q.indicator,
        q.op,
        number(q.value),
        number(q.min),
        number(q.max),
        q.unit,
        number(q.magnitude),
        q.base_unit,
        q.hedge,
        q.horizon,
        detail::section_label(doc, q.section),
        std::to_string(q.span.begin),
        std::to_string(q.span.end),
        q.quote,
    };
    bool first = true;
    for (const std::string& field : fields) {
      if (!first) out += ',';
      first = false;
      append_field(out, field);
    }
    out += "\r\n";
  }
  return out;
}

std::string quantities_to_csv(const ReportInput& input) {
  std::vector<extract::Quantity> chosen;
  for (const extract::Quantity& q : input.analysis->quantities) {
    if (selected(input.selection, q.kind)) chosen.push_back(q);
  }
  return quantities_to_csv(*input.document, chosen);
}

}  // namespace zz::report
