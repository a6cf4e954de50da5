// Tests of parse_numeral(): Arabic, full-width, Chinese, percent, ranges, approximations.
#include "zzreport/text/numerals.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <string>

namespace zz::text {
namespace {

double value_of(std::string_view text) {
  std::optional<Numeral> n = parse_numeral(text);
  EXPECT_TRUE(n.has_value()) << text;
  if (!n) return -1;
  EXPECT_EQ(n->min, n->max) << text;
  return n->min;
}

TEST(Numerals, ParsesArabicWithSeparatorsAndDecimals) {
  EXPECT_EQ(value_of("70"), 70);
  EXPECT_EQ(value_of("1,234"), 1234);
  EXPECT_EQ(value_of("12,345,678.25"), 12345678.25);
  EXPECT_EQ(value_of("0.2"), 0.2);
  EXPECT_FALSE(parse_numeral("1,23").has_value());
  EXPECT_FALSE(parse_numeral("1.").has_value());
}

TEST(Numerals, ParsesFullWidthDigits) {
  EXPECT_EQ(value_of("１２３"), 123);
  EXPECT_EQ(value_of("５．５"), 5.5);
}

TEST(Numerals, ParsesChineseNumerals) {
  EXPECT_EQ(value_of("一千二百"), 1200);
  EXPECT_EQ(value_of("两"), 2);
  EXPECT_EQ(value_of("十"), 10);
  EXPECT_EQ(value_of("十五"), 15);
  EXPECT_EQ(value_of("二十三"), 23);
  EXPECT_EQ(value_of("一百零五"), 105);
  EXPECT_EQ(value_of("一千零五"), 1005);
  EXPECT_EQ(value_of("二百五"), 250);
  EXPECT_EQ(value_of("一万五"), 15000);
  EXPECT_EQ(value_of("三亿五千万"), 350000000);
  EXPECT_EQ(value_of("一万二千"), 12000);
  EXPECT_EQ(value_of("千亿"), 1e11);
  EXPECT_EQ(value_of("两千"), 2000);
}

TEST(Numerals, ReadsChineseDigitStringsDigitByDigit) {
  EXPECT_EQ(value_of("二〇三五"), 2035);
  EXPECT_EQ(value_of("一九五四"), 1954);
  EXPECT_EQ(value_of("二〇"), 20);
}

TEST(Numerals, ParsesChineseDecimals) {
  EXPECT_EQ(value_of("七十七点五"), 77.5);
  EXPECT_EQ(value_of("零点八"), 0.8);
  EXPECT_EQ(value_of("零点六"), 0.6);  // 6 / 10, not 0 + 6 × 0.1
  EXPECT_DOUBLE_EQ(value_of("一千六百二十二点六"), 1622.6);
  EXPECT_DOUBLE_EQ(value_of("一百零四点一"), 104.1);
  EXPECT_DOUBLE_EQ(value_of("一七一点八五"), 171.85);  // digit by digit, as 1980s reports write
  EXPECT_DOUBLE_EQ(value_of("十点五四"), 10.54);
  EXPECT_EQ(value_of("一点五万"), 15000);
  EXPECT_EQ(value_of("二点五亿"), 2.5e8);
  std::optional<Numeral> n = parse_numeral("百分之三点五");
  ASSERT_TRUE(n);
  EXPECT_TRUE(n->percent);
  EXPECT_EQ(n->min, 3.5);
  n = parse_numeral("三点五至四点五");
  ASSERT_TRUE(n);
  EXPECT_EQ(n->min, 3.5);
  EXPECT_EQ(n->max, 4.5);
  for (std::string_view text : {"点五", "三点", "三点五十", "三点两", "三点点五", "一点一滴"})
    EXPECT_FALSE(parse_numeral(text).has_value()) << text;
}

TEST(Numerals, ReadsZeroInsideNumbers) {
  EXPECT_EQ(value_of("一亿零六百万"), 1.06e8);
  EXPECT_EQ(value_of("三亿零四百七十五万"), 3.0475e8);
  EXPECT_EQ(value_of("十亿零七千万"), 1.07e9);
  EXPECT_EQ(value_of("一千〇五"), 1005);
}

TEST(Numerals, AppliesMagnitudesToArabicNumbers) {
  EXPECT_EQ(value_of("1.5万亿"), 1.5e12);
  EXPECT_EQ(value_of("5000亿"), 5e11);
  EXPECT_EQ(value_of("3千万"), 3e7);
  EXPECT_EQ(value_of("126万亿"), 1.26e14);
}

TEST(Numerals, ParsesPercentages) {
  std::optional<Numeral> n = parse_numeral("百分之十五");
  ASSERT_TRUE(n);
  EXPECT_TRUE(n->percent);
  EXPECT_EQ(n->min, 15);
  n = parse_numeral("70%");
  ASSERT_TRUE(n);
  EXPECT_TRUE(n->percent);
  EXPECT_EQ(n->min, 70);
  n = parse_numeral("5.5％");
  ASSERT_TRUE(n);
  EXPECT_TRUE(n->percent);
  EXPECT_EQ(n->min, 5.5);
}

TEST(Numerals, ParsesRanges) {
  for (std::string_view text : {"2-3", "2—3", "2–3", "2~3", "2至3", "2到3", "2——3"}) {
    std::optional<Numeral> n = parse_numeral(text);
    ASSERT_TRUE(n) << text;
    EXPECT_TRUE(n->range) << text;
    EXPECT_EQ(n->min, 2) << text;
    EXPECT_EQ(n->max, 3) << text;
  }
  std::optional<Numeral> n = parse_numeral("3-5万");
  ASSERT_TRUE(n);
  EXPECT_EQ(n->min, 3e4);
  EXPECT_EQ(n->max, 5e4);
  n = parse_numeral("5%-6%");
  EXPECT_FALSE(n.has_value());  // the recogniser passes one % at most
  EXPECT_FALSE(parse_numeral("3-2").has_value());
}

TEST(Numerals, ReadsAdjacentChineseDigitsAsRange) {
  std::optional<Numeral> n = parse_numeral("两三");
  ASSERT_TRUE(n);
  EXPECT_TRUE(n->range);
  EXPECT_EQ(n->min, 2);
  EXPECT_EQ(n->max, 3);
  n = parse_numeral("三四百");
  ASSERT_TRUE(n);
  EXPECT_EQ(n->min, 300);
  EXPECT_EQ(n->max, 400);
  EXPECT_FALSE(parse_numeral("五三").has_value());
}

TEST(Numerals, ReadsVagueNumbersAsApproximateRanges) {
  std::optional<Numeral> n = parse_numeral("十几");
  ASSERT_TRUE(n);
  EXPECT_TRUE(n->approx);
  EXPECT_EQ(n->min, 11);
  EXPECT_EQ(n->max, 19);
  n = parse_numeral("几十");
  ASSERT_TRUE(n);
  EXPECT_EQ(n->min, 20);
  EXPECT_EQ(n->max, 90);
  n = parse_numeral("数百万");
  ASSERT_TRUE(n);
  EXPECT_EQ(n->min, 2e6);
}

TEST(Numerals, MarksApproximations) {
  for (std::string_view text : {"约100", "100左右", "100多", "一百余", "大约100", "近100"}) {
    std::optional<Numeral> n = parse_numeral(text);
    ASSERT_TRUE(n) << text;
    EXPECT_TRUE(n->approx) << text;
    EXPECT_EQ(n->min, 100) << text;
  }
  std::optional<Numeral> n = parse_numeral("十余万");
  ASSERT_TRUE(n);
  EXPECT_EQ(n->min, 1e5);
  EXPECT_TRUE(n->approx);
  n = parse_numeral("5%左右");
  ASSERT_TRUE(n);
  EXPECT_TRUE(n->approx && n->percent);
}

TEST(Numerals, RejectsWhatIsNotANumeral) {
  for (std::string_view text : {"", "万", "亿", "十百千", "三高四新", "abc", "5G", "%", "百分之",
                                "\xE4\xB8", "\xFF", "1.2.3", "约", "多"}) {
    EXPECT_FALSE(parse_numeral(text).has_value()) << text;
  }
}

TEST(Numerals, RejectsInvalidUtf8ThatDecodesToDigits) {
  // Found by fuzz_numerals: an overlong encoding of '0' (E0 80 B0) was read as the digit 0.
  for (std::string_view text : {"\xE0\x80\xB0", "\xC0\xB5", "\xF0\x80\x80\xB1", "1\xE0\x80\xB0",
                                "\xED\xA0\x80", "5\xF4\x90\x80\x80"}) {
    EXPECT_FALSE(parse_numeral(text).has_value()) << testing::PrintToString(text);
  }
}

TEST(Numerals, RejectsValuesBeyondTheRangeOfADouble) {
  // 38 亿 and a 万 make 1e308, finite; 十几 (11-19) or 三四 (3-4) times that is not.
  std::string huge;
  for (int i = 0; i < 38; ++i) huge += "亿";
  huge += "万";
  for (const std::string& text :
       {"十几" + huge, "几" + huge, "三四" + huge, "九十几" + huge, "1-9" + huge}) {
    std::optional<Numeral> n = parse_numeral(text);
    if (n) {
      EXPECT_TRUE(std::isfinite(n->min) && std::isfinite(n->max))
          << text << ": " << n->min << "-" << n->max;
    }
  }
  double one_huge = value_of("一" + huge);  // the largest such number still parses
  EXPECT_TRUE(std::isfinite(one_huge) && one_huge > 9.9e307) << one_huge;
}

TEST(Numerals, ClassifiesChineseNumeralCharacters) {
  EXPECT_TRUE(is_chinese_numeral(U'〇'));
  EXPECT_TRUE(is_chinese_numeral(U'亿'));
  EXPECT_FALSE(is_chinese_numeral(U'个'));
  EXPECT_EQ(chinese_digit(U'两'), 2);
  EXPECT_EQ(chinese_digit(U'十'), -1);
}

TEST(Years, ReadsFourDigitsAndNian) {
  std::size_t end = 0;
  EXPECT_EQ(year_at("到2035年", 3, &end), 2035);
  EXPECT_EQ(end, std::string_view("到2035年").size());
  EXPECT_EQ(year_at("二〇三五年", 0), 2035);
  EXPECT_EQ(year_at("二○一二年", 0), 2012);  // ○, not 〇
  EXPECT_EQ(year_at("二O一二年", 0), 2012);  // the letter O
  EXPECT_FALSE(year_at("2035", 0));
  EXPECT_FALSE(year_at("20二五年", 0));  // Arabic and Chinese digits mixed
  EXPECT_FALSE(year_at("二千年", 0));
  EXPECT_FALSE(year_at("203年", 0));
}

TEST(Years, FindsTheFirstYearInRangeThatNoDigitPrecedes) {
  EXPECT_EQ(find_year("——2024年3月5日在第十四届", 1949, 2100), 2024);
  EXPECT_EQ(find_year("——二〇一二年一月十二日在福建省", 1949, 2100), 2012);
  EXPECT_EQ(find_year("一九八九年工作的回顾", 1949, 2100), 1989);
  EXPECT_EQ(find_year("1840年以来，2021年", 1949, 2100), 2021);
  EXPECT_EQ(find_year("1840年以来，2021年", 0, 9999), 1840);
  EXPECT_FALSE(find_year("增长12345年", 0, 9999));
  EXPECT_FALSE(find_year("政府工作报告", 0, 9999));
  EXPECT_FALSE(find_year("年", 0, 9999));
}

TEST(Numerals, ScalesMagnitudes) {
  EXPECT_EQ(magnitude_value("亿"), 1e8);
  EXPECT_EQ(magnitude_value("万亿"), 1e12);
  EXPECT_EQ(magnitude_value("万"), 1e4);
  EXPECT_EQ(magnitude_value("千亿"), 1e11);
  EXPECT_EQ(magnitude_value(""), 1);
  EXPECT_FALSE(magnitude_value("元"));
}

}  // namespace
}  // namespace zz::text
