// Chinese numerals in context: every clause of tests/data/chinese_numerals.tsv (taken from the
// corpus's older reports) through the whole quantity pipeline, with the value and unit it must
// give; and the words that only look like such numerals (唯一成功, 一点一滴).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "quantity_fixture.hpp"
#include "zzreport/text/data_file.hpp"

namespace zz::extract {
namespace {

using testing::quantities_of;

struct Case {
  std::string clause;
  double value = 0;
  std::string unit;
};

std::vector<Case> read_cases() {
  std::vector<Case> cases;
  text::DataFile file = text::DataFile::read(ZZ_TEST_DATA_DIR "/chinese_numerals.tsv", "cases");
  file.for_each([&](const text::DataLine& line) {
    std::vector<std::string_view> f = line.fields(4, 4);
    cases.push_back({std::string(f[0]), std::stod(std::string(f[1])), std::string(f[2])});
  });
  return cases;
}

TEST(ChineseNumerals, ReadsEveryClauseOfTheOlderReports) {
  std::vector<Case> cases = read_cases();
  ASSERT_GE(cases.size(), 40u);
  int right = 0;
  for (const Case& c : cases) {
    bool found = false;
    std::string seen;
    for (const Quantity& q : quantities_of(c.clause)) {
      found = found ||
              (q.value == c.value && q.unit == c.unit);  // as written: 0.6, not 0.6000000000000001
      seen += " " + q.value_text + "=" + (q.value ? std::to_string(*q.value) : "range") + q.unit;
    }
    EXPECT_TRUE(found) << c.clause << ": expected " << c.value << c.unit << ", read" << seen;
    right += found;
  }
  EXPECT_EQ(right, static_cast<int>(cases.size()));
}

/// The quantities of `text` with unit `unit`.
std::size_t count_with_unit(std::string_view text, std::string_view unit) {
  std::size_t n = 0;
  for (const Quantity& q : quantities_of(text)) n += q.unit == unit;
  return n;
}

TEST(ChineseNumerals, KeepsWordsThatOnlyLookLikeNumerals) {
  EXPECT_EQ(count_with_unit("是东北地区去年唯一成功获批项目。", "成"), 0u);
  EXPECT_EQ(count_with_unit("办好2023成都世界科幻大会。", "成"), 0u);
  EXPECT_EQ(count_with_unit("统一成为不统一。", "成"), 0u);
  EXPECT_EQ(count_with_unit("十五成群。", "成"), 0u);  // 成 counts tenths: ten at most
  EXPECT_TRUE(quantities_of("一点一滴抓落实。").empty());
  EXPECT_TRUE(quantities_of("提出三点意见。").empty());
}

TEST(ChineseNumerals, ReadsUnitsAfterAMagnitude) {
  // 千 after 万 or 亿 starts the unit (千瓦), never the number.
  std::vector<Quantity> q = quantities_of("装机容量达到1200万千瓦。发电量六千一百八十亿千瓦小时。");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].value, 1200);
  EXPECT_EQ(q[0].unit, "万千瓦");
  EXPECT_EQ(q[1].value, 6180);
  EXPECT_EQ(q[1].unit, "亿千瓦小时");
  EXPECT_EQ(q[1].base_unit, "千瓦时");
}

TEST(ChineseNumerals, ReadsDoublingsAndShares) {
  std::vector<Quantity> q = quantities_of("工农业总产值翻一番，人均收入翻了三番。");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].value, 2);
  EXPECT_EQ(q[0].unit, "倍");
  EXPECT_EQ(q[1].value, 8);
  q = quantities_of("人口自然增长率降到千分之十二点五。");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].value, 12.5);
  EXPECT_EQ(q[0].unit, "‰");
  EXPECT_EQ(q[0].magnitude, 1.25);  // in percent, as 12.5‰ is
  EXPECT_EQ(q[0].base_unit, "%");
  q = quantities_of("民生支出占比近七成。");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].value, 7);
  EXPECT_EQ(q[0].magnitude, 70);
  EXPECT_EQ(q[0].base_unit, "%");
}

}  // namespace
}  // namespace zz::extract
