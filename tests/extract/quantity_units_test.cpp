// Tests of match_unit() over the shipped units.tsv.
#include "quantity_units.hpp"

#include <gtest/gtest.h>

#include "quantity_fixture.hpp"
#include "rule_tables.hpp"

namespace zz::extract {
namespace {

UnitMatch unit(std::string_view text) {
  return match_unit(text, testing::shipped_rules().tables());
}

TEST(QuantityUnits, MatchesTheLongestUnit) {
  EXPECT_EQ(unit("个百分点，").base, "个百分点");
  EXPECT_EQ(unit("个月内").base, "个月");
  EXPECT_EQ(unit("个项目").base, "个");
  EXPECT_EQ(unit("千瓦时").base, "千瓦时");
  EXPECT_EQ(unit("%以上").unit_class, UnitClass::percent);
  EXPECT_EQ(unit("元").unit_class, UnitClass::money);
}

TEST(QuantityUnits, LeavesDateWordsAlone) {
  EXPECT_EQ(unit("月").length, 0u);
  EXPECT_EQ(unit("日").length, 0u);
  EXPECT_EQ(unit("号线").length, 0u);
  EXPECT_EQ(unit("产业").length, 0u);
}

}  // namespace
}  // namespace zz::extract
