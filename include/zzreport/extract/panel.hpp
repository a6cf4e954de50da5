// Panel rows: the headline statement of each canonical indicator a report gives, one row per
// (indicator, kind, period), in the units of INDICATORS.md (zzreport panel; docs/panel.md).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "zzreport/extract/analysis.hpp"
#include "zzreport/extract/indicators.hpp"
#include "zzreport/text/document.hpp"
#include "zzreport/text/span.hpp"

namespace zz::extract {

/// One headline figure of one report.
struct PanelRow {
  std::string indicator;                  ///< canonical id
  std::string kind;                       ///< "target" or "outcome"
  std::string period;                     ///< "2019" or "2016-2020"
  std::string op;                         ///< eq, ge, gt, le, approx, range (INDICATORS.md)
  std::optional<double> value, min, max;  ///< in `unit`; min and max for a range
  std::string unit;                       ///< the indicator's unit: %, 亿元, 万人
  std::string hedge;                      ///< 力争, 确保, 争取, or ""
  std::string quote;
  Span quote_span;
};

/// The panel rows of one analysed report `doc`: of the quantities
/// with an indicator_id and a period, the headline of each key (see panel.cpp), values converted to
/// the indicator's unit, the decline's sign kept (except a reduction). `only`: the ids wanted
/// (empty: all). Rows in order of kind (targets first), then the indicator table's order, then
/// period.
std::vector<PanelRow> panel_rows(const text::Document& doc, const std::vector<Quantity>& quantities,
                                 const IndicatorTable& table,
                                 const std::vector<std::string>& only = {});

}  // namespace zz::extract
