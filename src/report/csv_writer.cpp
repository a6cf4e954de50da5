// quantities_to_csv(): the CSV records of the quantity kinds a report selects, the table
// researchers load into Excel, Stata, R. The record format itself lives in quantity_rows.cpp.
#include <vector>

#include "zzreport/report/quantity_rows.hpp"
#include "zzreport/report/writers.hpp"

namespace zz::report {

std::string quantities_to_csv(const ReportInput& input) {
  std::vector<extract::Quantity> chosen;
  for (const extract::Quantity& q : input.analysis->quantities) {
    if (selected(input.selection, q.kind)) chosen.push_back(q);
  }
  return quantities_csv(*input.document, chosen);
}

}  // namespace zz::report
