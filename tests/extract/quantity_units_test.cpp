// Tests of match_unit() and magnitude_scale().
#include "quantity_units.hpp"

#include <gtest/gtest.h>

namespace zz::extract {
namespace {

TEST(QuantityUnits, MatchesTheLongestUnit) {
  EXPECT_EQ(match_unit("个百分点，").base, "个百分点");
  EXPECT_EQ(match_unit("个月内").base, "个月");
  EXPECT_EQ(match_unit("个项目").base, "个");
  EXPECT_EQ(match_unit("千瓦时").base, "千瓦时");
  EXPECT_EQ(match_unit("%以上").unit_class, UnitClass::percent);
  EXPECT_EQ(match_unit("元").unit_class, UnitClass::money);
}

TEST(QuantityUnits, LeavesDateWordsAlone) {
  EXPECT_EQ(match_unit("月").length, 0u);
  EXPECT_EQ(match_unit("日").length, 0u);
  EXPECT_EQ(match_unit("号线").length, 0u);
  EXPECT_EQ(match_unit("产业").length, 0u);
}

TEST(QuantityUnits, ScalesMagnitudes) {
  EXPECT_EQ(magnitude_scale("亿"), 1e8);
  EXPECT_EQ(magnitude_scale("万亿"), 1e12);
  EXPECT_EQ(magnitude_scale("万"), 1e4);
  EXPECT_EQ(magnitude_scale(""), 1);
}

}  // namespace
}  // namespace zz::extract
