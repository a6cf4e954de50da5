// The renderings of track rows (zzreport track): CSV with the header of issue #15, JSON Lines, and
// Markdown with a table per indicator.
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

}  // namespace zz::report
