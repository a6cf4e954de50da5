// planned_year(): the year a report plans for, the year of its targets: a report given on
// 2021-12-07 that sets 2022年主要预期目标 plans for 2022.
#pragma once

#include <optional>

#include "report_date.hpp"
#include "zzreport/text/document.hpp"

namespace zz::text {

/// The text's year — of the targets sentence (2022年…主要预期目标是, 明年…主要预期目标为), else
/// the year after the review heading (一、2023年工作回顾) or of a plan heading (三、2016年工作安排)
/// — when it agrees with the date (is its year or the next) or with the title; else the date's
/// year, the next year for a report given in November or December. Without a date: the text's
/// year, else Document::stated_year (the title's).
std::optional<int> planned_year(const Document& doc, const std::optional<ReportDate>& date);

}  // namespace zz::text
