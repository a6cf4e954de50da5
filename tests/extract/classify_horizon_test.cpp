// Tests of find_horizon() and horizon_of(): deadlines, periods and their years.
#include <gtest/gtest.h>

#include "classify.hpp"
#include "quantity_fixture.hpp"
#include "rule_tables.hpp"

namespace zz::extract {
namespace {

Horizon horizon(std::string_view text, std::optional<int> year = 2021) {
  return find_horizon(testing::shipped_rules().tables(), text,
                      {0, static_cast<std::uint32_t>(text.size())},
                      static_cast<std::uint32_t>(text.size()), year);
}

TEST(ClassifyHorizon, FindsDeadlinesAndPeriods) {
  EXPECT_EQ(horizon("到2035年基本建成").text, "2035年");
  EXPECT_EQ(horizon("到2035年基本建成").year, 2035);
  EXPECT_EQ(horizon("未来五年的主要奋斗目标是").text, "未来五年");
  EXPECT_EQ(horizon("未来五年的主要奋斗目标是").year, 2026);
  EXPECT_EQ(horizon("力争3年内突破千亿").text, "3年内");
  EXPECT_EQ(horizon("力争3年内突破千亿").year, 2024);
  EXPECT_EQ(horizon("今年发展主要预期目标是").year, 2021);
  EXPECT_EQ(horizon("明年").year, 2022);
  EXPECT_EQ(horizon("“十四五”末").year, 2025);
  EXPECT_EQ(horizon("到2025年底").text, "2025年底");
}

TEST(ClassifyHorizon, DatesAFiveYearPlanByItsNumber) {
  EXPECT_EQ(horizon("“九五”末").year, 2000);
  EXPECT_EQ(horizon("“十五”期间").year, 2005);
  EXPECT_EQ(horizon("十四五时期").year, 2025);
  EXPECT_EQ(horizon("“十五五”末").year, 2030);
  EXPECT_EQ(horizon("“十六五”末").year, 2035);
  EXPECT_EQ(horizon("“十九五”时期").year, 2050);
  // Before 九五 the names are ordinary numbers too (三五年, 五五).
  EXPECT_EQ(horizon("“八五”期间").text, "");
  EXPECT_EQ(horizon("“五五”末").text, "");
  EXPECT_EQ(horizon("“14五”末").text, "");
}

TEST(ClassifyHorizon, LeavesYearUnresolvedWithoutTheReportYear) {
  Horizon h = horizon("未来五年", std::nullopt);
  EXPECT_EQ(h.text, "未来五年");
  EXPECT_FALSE(h.year.has_value());
}

TEST(ClassifyHorizon, IgnoresPastPeriodsAndDescribedYears) {
  EXPECT_EQ(horizon("连续四年获").text, "");
  EXPECT_EQ(horizon("五年来").text, "");
  EXPECT_EQ(horizon("2013年以来").text, "");
  EXPECT_EQ(horizon("今年以来").text, "");
  EXPECT_EQ(horizon("是重要一年").text, "");
}

TEST(ClassifyHorizon, QuantityTakesTheHorizonOfItsClauseOnly) {
  std::string_view text = "力争3年内突破千亿，规模达到1500亿元。";
  EXPECT_EQ(testing::quantity_at(text, "千亿").horizon, "3年内");
  EXPECT_EQ(testing::quantity_at(text, "1500亿元").horizon, "");
}

TEST(ClassifyHorizon, TargetListTakesTheHorizonOfItsAnnouncement) {
  std::string_view text = "未来五年的主要奋斗目标是：综合实力更加雄厚，科技进步贡献率超过70%。";
  EXPECT_EQ(testing::quantity_at(text, "70%").horizon, "未来五年");
}

}  // namespace
}  // namespace zz::extract
