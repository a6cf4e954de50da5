// track(): joins panel rows across the reports of one region: per (region, indicator, period) the
// target set in the report for that period and the outcome stated in the next year's report, and
// whether the target was met (zzreport track; docs/panel.md).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "zzreport/extract/panel.hpp"

namespace zz::extract {

/// A panel row with the document it came from.
struct PanelRecord {
  std::string file;
  std::string region;
  std::optional<int> year;  ///< the year the report plans for
  PanelRow row;
};

/// One (region, indicator, period): its target and outcome.
struct TrackRow {
  std::string region, indicator, period;
  std::string target_op;  ///< "" without a target
  std::optional<double> target_value, target_min, target_max;
  std::string target_file;
  std::optional<double> outcome_value;
  std::string outcome_file;
  std::string met;  ///< "yes", "no", "unknown"
  std::optional<double> gap;
};

/// The rows of every (region, indicator, period) that has a target or an outcome, sorted by
/// region, indicator, period. The target comes from a report whose year is the period (its first
/// year for a span), else none; the outcome from the report of the year after (the year after the
/// span), else the latest report that states it. Records without a region are left out.
/// `at_most`: the ids whose target is a ceiling (cpi, unemployment rates; #at_most of
/// data/indicators.tsv): an eq or approx target of theirs is met at or below it. Pure.
std::vector<TrackRow> track(const std::vector<PanelRecord>& records,
                            const std::vector<std::string>& at_most = {});

}  // namespace zz::extract
