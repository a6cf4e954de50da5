// Tests of the number merge rules, one case per form the issue names.
#include "number_rules.hpp"

#include <gtest/gtest.h>

#include <string>

namespace zz::segment::detail {
namespace {

std::string arabic(std::string_view text, bool coarse = true) {
  return std::string(text.substr(0, scan_arabic_number(text, 0, coarse)));
}

std::size_t chinese(std::u32string_view text, bool coarse = true) {
  return match_chinese_number(text.data(), text.size(), 0, coarse);
}

TEST(ArabicNumber, KeepsMagnitudeAndCurrencyUnit) {
  EXPECT_EQ(arabic("5000亿元，"), "5000亿元");
  EXPECT_EQ(arabic("1.5万亿元的"), "1.5万亿元");
  EXPECT_EQ(arabic("100多个项目"), "100多个");
}

TEST(ArabicNumber, FineGranularityLeavesTheUnit) {
  EXPECT_EQ(arabic("5000亿元", false), "5000亿");
  EXPECT_EQ(arabic("2-3个", false), "2-3");
  EXPECT_EQ(arabic("2035年", false), "2035年");
}

TEST(ArabicNumber, KeepsPercentages) {
  EXPECT_EQ(arabic("70%以上"), "70%");
  EXPECT_EQ(arabic("６.５％左右"), "６.５％");
}

TEST(ArabicNumber, KeepsRangesAndSums) {
  EXPECT_EQ(arabic("2-3个园区"), "2-3个");
  EXPECT_EQ(arabic("5—6个"), "5—6个");
  EXPECT_EQ(arabic("3+3+2选科"), "3+3+2");
  EXPECT_EQ(arabic("3——这"), "3");  // a dash before text is not a range
}

TEST(ArabicNumber, KeepsDatesAndPercentagePoints) {
  EXPECT_EQ(arabic("2035年远景"), "2035年");
  EXPECT_EQ(arabic("12月31日"), "12月");
  EXPECT_EQ(arabic("90年代"), "90年代");
  EXPECT_EQ(arabic("0.5个百分点"), "0.5个百分点");
}

TEST(ArabicNumber, LeavesLatinDigitWordsAlone) {
  EXPECT_EQ(arabic("5G基站"), "");
  EXPECT_EQ(arabic("GDP"), "");
}

TEST(ChineseNumber, KeepsPercentagesWrittenOut) {
  EXPECT_EQ(chinese(U"百分之七十的"), 5U);
  EXPECT_EQ(chinese(U"百分之七十五点五"), 8U);
}

TEST(ChineseNumber, KeepsYearsAndCalendarDates) {
  EXPECT_EQ(chinese(U"一九七七年"), 5U);
  EXPECT_EQ(chinese(U"二○○一年新年"), 5U);
  EXPECT_EQ(chinese(U"十二月三十一日", false), 3U);
  EXPECT_EQ(chinese(U"三十一日"), 4U);
}

TEST(ChineseNumber, CountsWithUnitsOnlyInCoarseGranularity) {
  EXPECT_EQ(chinese(U"三个百分点"), 5U);
  EXPECT_EQ(chinese(U"两个园区"), 2U);
  EXPECT_EQ(chinese(U"两个园区", false), 0U);
  EXPECT_EQ(chinese(U"三年行动", false), 0U);
  EXPECT_EQ(chinese(U"三年行动", true), 2U);
}

TEST(ChineseNumber, KeepsOrdinalsFractionsAndWrittenNumbers) {
  EXPECT_EQ(chinese(U"第三"), 2U);
  EXPECT_EQ(chinese(U"三分之一"), 4U);
  EXPECT_EQ(chinese(U"二十"), 2U);
  EXPECT_EQ(chinese(U"十三亿人", false), 3U);
  EXPECT_EQ(chinese(U"十三亿人"), 4U);
}

TEST(ChineseNumber, IgnoresNumeralsInsideWords) {
  EXPECT_EQ(chinese(U"一体化"), 0U);
  EXPECT_EQ(chinese(U"三高四新"), 0U);
  EXPECT_EQ(chinese(U"万一"), 0U);
  EXPECT_EQ(chinese(U"两会"), 0U);
  EXPECT_EQ(chinese(U"七一"), 0U);
  EXPECT_EQ(chinese(U"十分重要"), 0U);
}

}  // namespace
}  // namespace zz::segment::detail
