// Tests of the mojibake test behind decode(): common Han characters and looks_like_chinese().
#include "common_han.hpp"

#include <gtest/gtest.h>

namespace zz::text::detail {
namespace {

TEST(CommonHan, KnowsFrequentAndRareCharacters) {
  EXPECT_TRUE(is_common_han(U'的'));
  EXPECT_TRUE(is_common_han(U'发'));
  EXPECT_FALSE(is_common_han(U'龘'));
  EXPECT_FALSE(is_common_han(U'a'));
}

TEST(CommonHan, AcceptsReportProseAndShortMixedText) {
  EXPECT_TRUE(looks_like_chinese("全市地区生产总值增长6%以上，城镇调查失业率控制在5.5%左右。"));
  EXPECT_TRUE(looks_like_chinese("GDP 5G PM2.5\n"));
  EXPECT_TRUE(looks_like_chinese("株洲1\n"));
}

TEST(CommonHan, RejectsMojibake) {
  // What bytes decoded in the wrong encoding look like: rare Han characters, Hangul, private use.
  EXPECT_FALSE(looks_like_chinese("葫绠鹃乇弽謗鸒頫絯陰鍝蓑骐"));
  EXPECT_FALSE(looks_like_chinese("\uAC00\uB098\uB2E4\uE000\uE001"));
}

}  // namespace
}  // namespace zz::text::detail
