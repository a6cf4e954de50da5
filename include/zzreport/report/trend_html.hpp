// The HTML page of `trend --by year` (--format html): a line chart per term of its rate per 10,000
// Han characters by year, a line per value of the other grouping fields (year,level: one line per
// level), and the table of every group and term.
#pragma once

#include <string>
#include <vector>

#include "zzreport/extract/term_groups.hpp"

namespace zz::report {

/// The page for `groups` of `terms`, whose fields include year (the caller checks).
std::string trend_html(const std::vector<std::string>& terms, const extract::TermGroups& groups);

}  // namespace zz::report
