// track(): the join of targets and outcomes by (region, indicator, period), and met and gap.
#include "zzreport/extract/track.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <map>
#include <tuple>

namespace zz::extract {
namespace {

/// The first and last year of a period ("2019", "2016-2020").
std::pair<int, int> years_of(const std::string& period) {
  int first = 0, last = 0;
  auto [p, ec] = std::from_chars(period.data(), period.data() + period.size(), first);
  last = first;
  if (ec == std::errc() && p != period.data() + period.size() && *p == '-')
    std::from_chars(p + 1, period.data() + period.size(), last);
  return {first, last};
}

/// Approx counts as met within this many percentage points (or units) below a target to reach, or
/// above a ceiling (docs/panel.md).
constexpr double kApproxTolerance = 0.5;

/// `ceiling`: the indicator's target is one to stay under (cpi), not one to reach (gdp_growth).
void judge(TrackRow& t, bool ceiling) {
  if (t.target_op.empty() || !t.outcome_value || (!t.target_value && !t.target_min)) {
    t.met = "unknown";
    return;
  }
  double o = *t.outcome_value;
  double gap = 0;
  bool met = false;
  if (t.target_op == "range") {
    double lo = t.target_min.value_or(0), hi = t.target_max.value_or(lo);
    gap = o < lo ? o - lo : o > hi ? o - hi : 0;
    met = o >= lo;  // above the range is more than asked
  } else {
    double v = t.target_value.value_or(0);
    gap = o - v;
    if (t.target_op == "le") {
      met = o <= v;
    } else if (t.target_op == "gt") {
      met = o > v;
    } else if (t.target_op == "approx") {
      met = ceiling ? o <= v + kApproxTolerance : o >= v - kApproxTolerance;
    } else if (ceiling && t.target_op == "eq") {
      met = o <= v;
    } else {  // eq, ge: a figure to reach
      met = o >= v;
    }
  }
  t.met = met ? "yes" : "no";
  t.gap = std::round(gap * 1e6) / 1e6;
}

}  // namespace

std::vector<TrackRow> track(const std::vector<PanelRecord>& records,
                            const std::vector<std::string>& at_most) {
  using Key = std::tuple<std::string, std::string, std::string>;
  std::map<Key, TrackRow> rows;
  // Which record stands for each side: its distance from the ideal report year, then its file.
  std::map<Key, std::pair<int, std::string>> target_rank, outcome_rank;
  for (const PanelRecord& r : records) {
    if (r.region.empty() || !r.year) continue;
    Key key{r.region, r.row.indicator, r.row.period};
    auto [first, last] = years_of(r.row.period);
    TrackRow& t = rows[key];
    t.region = r.region;
    t.indicator = r.row.indicator;
    t.period = r.row.period;
    if (r.row.kind == "target") {
      if (*r.year != first) continue;  // a target from the report for its period only
      std::pair<int, std::string> rank{0, r.file};
      auto it = target_rank.find(key);
      if (it != target_rank.end() && it->second <= rank) continue;
      target_rank[key] = rank;
      t.target_op = r.row.op;
      t.target_value = r.row.value;
      t.target_min = r.row.min;
      t.target_max = r.row.max;
      t.target_file = r.file;
    } else {
      std::pair<int, std::string> rank{std::abs(*r.year - (last + 1)), r.file};
      auto it = outcome_rank.find(key);
      if (it != outcome_rank.end() && it->second <= rank) continue;
      outcome_rank[key] = rank;
      t.outcome_value = r.row.value ? r.row.value : r.row.min;
      t.outcome_file = r.file;
    }
  }
  std::vector<TrackRow> out;
  for (auto& [key, t] : rows) {
    if (t.target_op.empty() && t.outcome_file.empty()) continue;
    judge(t, std::find(at_most.begin(), at_most.end(), t.indicator) != at_most.end());
    out.push_back(std::move(t));
  }
  return out;
}

}  // namespace zz::extract
