// Tests of the progress bar's text and of when it is drawn.
#include "progress.hpp"

#include <gtest/gtest.h>

#include <sstream>

namespace zz::cli {
namespace {

TEST(ProgressLine, ShowsCountsRateAndEta) {
  EXPECT_EQ(progress_line(100, 400, 10.0, 80),
            "[#######.......................] 100/400  10.0 docs/s  ETA 0:30");
}

TEST(ProgressLine, WithoutTotalShowsCountAndRateOnly) {
  EXPECT_EQ(progress_line(50, std::nullopt, 4.0, 80), "50 docs  12.5 docs/s");
}

TEST(ProgressLine, FitsTheWidth) {
  EXPECT_LE(progress_line(5, 1000000, 3600.0, 20).size(), 20u);
  EXPECT_EQ(progress_line(1, 2, 7200.0, 200).find("ETA 2:00:00") != std::string::npos, true);
}

TEST(Progress, WantedOnlyOnATerminalForSeveralDocumentsWithoutQuiet) {
  EXPECT_TRUE(progress_wanted(true, false, 2));
  EXPECT_TRUE(progress_wanted(true, false, std::nullopt));
  EXPECT_FALSE(progress_wanted(true, false, 1));
  EXPECT_FALSE(progress_wanted(false, false, 100));
  EXPECT_FALSE(progress_wanted(true, true, 100));
}

TEST(Progress, DisabledDrawsNothing) {
  std::ostringstream err;
  {
    Progress progress(err, false, 3);
    for (int i = 0; i < 3; ++i) progress.advance();
  }
  EXPECT_EQ(err.str(), "");
}

}  // namespace
}  // namespace zz::cli
