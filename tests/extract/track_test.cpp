// Tests of track(): the join of targets and outcomes, and when a target counts as met.
#include "zzreport/extract/track.hpp"

#include <gtest/gtest.h>

namespace zz::extract {
namespace {

PanelRecord record(int year, const std::string& indicator, const std::string& kind,
                   const std::string& period, const std::string& op, double value) {
  PanelRecord r;
  r.file = std::to_string(year) + ".md";
  r.region = "全国";
  r.year = year;
  r.row.indicator = indicator;
  r.row.kind = kind;
  r.row.period = period;
  r.row.op = op;
  r.row.value = value;
  return r;
}

TrackRow only_row(const std::vector<PanelRecord>& records,
                  const std::vector<std::string>& at_most = {}) {
  std::vector<TrackRow> rows = track(records, at_most);
  EXPECT_EQ(rows.size(), 1u);
  return rows.empty() ? TrackRow{} : rows.front();
}

TEST(Track, JoinsTheTargetOfTheYearWithTheOutcomeOfTheNextReport) {
  TrackRow row = only_row({record(2019, "gdp_growth", "target", "2019", "range", 6.0),
                           record(2020, "gdp_growth", "outcome", "2019", "eq", 6.1)});
  EXPECT_EQ(row.target_file, "2019.md");
  EXPECT_EQ(row.outcome_file, "2020.md");
  EXPECT_EQ(row.outcome_value, 6.1);
}

TEST(Track, ApproxIsMetWithinHalfAPointBelowATargetToReach) {
  auto met = [](double outcome) {
    return only_row({record(2004, "gdp_growth", "target", "2004", "approx", 7.0),
                     record(2005, "gdp_growth", "outcome", "2004", "eq", outcome)})
        .met;
  };
  EXPECT_EQ(met(6.6), "yes");
  EXPECT_EQ(met(6.4), "no");
  EXPECT_EQ(met(9.5), "yes");
}

TEST(Track, ACeilingIndicatorIsMetAtOrBelowItsTarget) {
  std::vector<std::string> at_most{"cpi"};
  auto met = [&](const std::string& op, double outcome) {
    return only_row({record(2020, "cpi", "target", "2020", op, 3.5),
                     record(2021, "cpi", "outcome", "2020", "eq", outcome)},
                    at_most)
        .met;
  };
  EXPECT_EQ(met("approx", 2.5), "yes");  // prices rose less than the ceiling allowed
  EXPECT_EQ(met("approx", 3.9), "yes");  // within half a point above
  EXPECT_EQ(met("approx", 4.1), "no");
  EXPECT_EQ(met("eq", 3.5), "yes");
  EXPECT_EQ(met("eq", 3.6), "no");
  // Without the ceiling rule, 2.5 against 3.5左右 would read as missed.
  EXPECT_EQ(only_row({record(2020, "cpi", "target", "2020", "approx", 3.5),
                      record(2021, "cpi", "outcome", "2020", "eq", 2.5)})
                .met,
            "no");
}

TEST(Track, AMissingSideIsUnknownAndNoTargetIsMadeUp) {
  TrackRow row = only_row({record(2021, "gdp_growth", "outcome", "2020", "eq", 2.3)});
  EXPECT_EQ(row.met, "unknown");
  EXPECT_TRUE(row.target_op.empty());
}

}  // namespace
}  // namespace zz::extract
