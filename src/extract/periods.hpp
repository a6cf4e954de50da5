// period_of(): the period a target or achievement is about (INDICATORS.md, "period"): the year
// planned for, last year, or a five-year span such as "2016-2020".
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "zzreport/extract/analysis.hpp"
#include "zzreport/text/document.hpp"

namespace zz::extract {

class IndicatorTable;

/// The period of `q` in `doc`, whose sentence up to the number is `before` (its paragraph up to
/// the number `paragraph_before`, where a result may take a #span_lead); "" when the document's
/// year is unknown. In a report for year Y a target is about Y and a result about Y-1; a figure
/// after a span cue (年均, 五年来) is about the five-year plan it names (十三五 -> 2016-2020), else
/// the five years after (a target) or before (a result) the report.
std::string period_of(const text::Document& doc, const Quantity& q, std::string_view before,
                      std::string_view paragraph_before, const IndicatorTable& table);

/// "2016-2020".
std::string span_period(int first, int last);

}  // namespace zz::extract
