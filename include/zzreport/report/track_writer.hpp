// The renderings of track rows (zzreport track): CSV with the header of issue #15, JSON Lines,
// Markdown with a table per indicator, and an HTML page with a chart per indicator and region.
#pragma once

#include <string>
#include <vector>

#include "zzreport/extract/track.hpp"

namespace zz::report {

/// The header, then one record per row (CRLF):
/// region,indicator,period,target_op,target_value,target_min,target_max,target_file,
/// outcome_value,outcome_file,met,gap
std::string track_csv(const std::vector<extract::TrackRow>& rows);

/// One JSON object per line, with the CSV's fields.
std::string track_jsonl(const std::vector<extract::TrackRow>& rows);

/// A section per indicator, a table of region, period, target, outcome, met and gap.
std::string track_markdown(const std::vector<extract::TrackRow>& rows);

/// A self-contained HTML page: per indicator, a line chart per region of the targets and outcomes
/// by year (met and missed marked) and the table of the Markdown output.
std::string track_html(const std::vector<extract::TrackRow>& rows);

}  // namespace zz::report
