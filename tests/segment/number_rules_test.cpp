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

/// The number expression of `text` that starts after its first `prefix` bytes.
std::string arabic_after(std::string_view text, std::size_t prefix, bool coarse = true) {
  return std::string(text.substr(prefix, scan_arabic_number(text, prefix, coarse) - prefix));
}

TEST(ArabicNumber, KeepsClockTimesAfterADayOrBeforeMinutes) {
  const std::string_view morning = "上午9时30分";
  EXPECT_EQ(arabic_after(morning, 6, false), "9时");
  EXPECT_EQ(arabic_after(morning, 10, false), "30分");
  EXPECT_EQ(arabic_after("3日8时，", 4), "8时");
  EXPECT_EQ(arabic("9时30分"), "9时");
}

TEST(ArabicNumber, HourWithoutATimeContextIsNotAClockTime) {
  EXPECT_EQ(arabic_after("低于100时，", 6), "100");  // "when", not an hour
  EXPECT_EQ(arabic("1时代"), "1");
  EXPECT_EQ(arabic_after("共30分", 3), "30");  // minutes only after an hour
}

TEST(SignedNumber, MinusBeforeARateOrTemperatureIsASign) {
  const std::string_view rate = "增长-13.8%";
  EXPECT_EQ(sign_start(rate, 7, rate.size()), 6U);
  const std::string_view cold = "晴－9℃";
  EXPECT_EQ(sign_start(cold, 6, 7), 3U);
}

TEST(SignedNumber, MinusAfterANumberOrBeforeANameIsNotASign) {
  const std::string_view range = "6.5%-7%";
  EXPECT_EQ(sign_start(range, 5, range.size()), 5U);
  const std::string_view berths = "13#-14#";
  EXPECT_EQ(sign_start(berths, 4, 6), 4U);
  const std::string_view plane = "小鹰-700飞机";
  EXPECT_EQ(sign_start(plane, 7, 10), 7U);
  EXPECT_EQ(sign_start("5%", 0, 2), 0U);
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
