// Tests of scan_quantities(): what is a quantity and what only looks like one.
#include "quantity_scan.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "quantity_fixture.hpp"

namespace zz::extract {
namespace {

/// "value_text|unit" of each quantity found in `text`.
std::vector<std::string> scan(std::string_view text) {
  std::vector<std::string> out;
  for (const QuantityMatch& m : scan_quantities(text, {0, static_cast<std::uint32_t>(text.size())},
                                                testing::shipped_rules())) {
    out.push_back(std::string(text.substr(m.numeral.begin, m.numeral.end - m.numeral.begin)) + "|" +
                  m.unit);
  }
  return out;
}

using V = std::vector<std::string>;

TEST(QuantityScan, FindsNumbersWithUnits) {
  EXPECT_EQ(scan("科技进步贡献率超过70%，全市经济总量迈上5000亿元台阶"), (V{"70|%", "5000|亿元"}));
  EXPECT_EQ(scan("城镇新增就业1200万人以上"), (V{"1200|万人"}));
  EXPECT_EQ(scan("粮食产量1.39万亿斤"), (V{"1.39|万亿斤"}));
  EXPECT_EQ(scan("提高0.5个百分点"), (V{"0.5|个百分点"}));
  EXPECT_EQ(scan("增长百分之十五"), (V{"十五|%"}));
  EXPECT_EQ(scan("基层党建工作连续四年获“好”等次"), (V{"四|年"}));
}

TEST(QuantityScan, ReadsMagnitudesIntoTheUnit) {
  std::string_view text = "力争3年内突破千亿，规模达到1500亿元";
  std::vector<QuantityMatch> found =
      scan_quantities(text, {0, static_cast<std::uint32_t>(text.size())}, testing::shipped_rules());
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].unit, "亿");
  EXPECT_EQ(found[0].value.min, 1000);
  EXPECT_EQ(found[0].scale, 1e8);
  EXPECT_EQ(found[1].base_unit, "元");
  EXPECT_EQ(found[1].value.min * found[1].scale, 1.5e11);
}

TEST(QuantityScan, FindsRanges) {
  std::string_view text = "力争新增2-3个千亿产业集群，增长6%-7%";
  std::vector<QuantityMatch> found =
      scan_quantities(text, {0, static_cast<std::uint32_t>(text.size())}, testing::shipped_rules());
  ASSERT_EQ(found.size(), 2u);
  EXPECT_TRUE(found[0].value.range);
  EXPECT_EQ(found[0].value.max, 3);
  EXPECT_EQ(found[0].unit, "个");
  EXPECT_TRUE(found[1].value.range);
  EXPECT_EQ(found[1].value.min, 6);
  EXPECT_EQ(found[1].value.max, 7);
  EXPECT_EQ(scan("两三个"), (V{"两三|个"}));
}

TEST(QuantityScan, SharesTheUnitOfAList) {
  EXPECT_EQ(scan("龙头企业迈上500亿、100亿元台阶"), (V{"500|亿元", "100|亿元"}));
}

TEST(QuantityScan, RejectsCodesNamesAndSlogans) {
  EXPECT_EQ(scan("支持株洲、608、601参与“揭榜挂帅”"), V{});
  EXPECT_EQ(scan("全球最大功率电力机车“神24”等"), V{});
  EXPECT_EQ(scan("构建“3+3+2”的现代产业体系"), V{});
  EXPECT_EQ(scan("瞄准“十百千”目标"), V{});
  EXPECT_EQ(scan("“十四五”时期，十五计划期间"), V{});
  EXPECT_EQ(scan("发展5G应用，C919投入商业运营，PM2.5浓度"), V{});
  EXPECT_EQ(scan("实施《中国制造2025》"), V{});
}

TEST(QuantityScan, RejectsDatesYearsOrdinalsAndPeriods) {
  EXPECT_EQ(scan("去年9月考察湖南，3月5日开幕"), V{});
  EXPECT_EQ(scan("2013年以来，到2035年，二〇二一年"), V{});
  EXPECT_EQ(scan("市第十二次党代会，第一批"), V{});
  EXPECT_EQ(scan("今后五年，五年来，力争3年内，通过五年的努力"), V{});
  EXPECT_EQ(scan("一是升级传统产业，（一）突出聚焦"), V{});
  EXPECT_EQ(scan("一批新主体，百年未有之大变局，千家万户，支持关键零部件"), V{});
  EXPECT_EQ(scan("庆祝成立75周年，上世纪90年代"), V{});
}

TEST(QuantityScan, RejectsAttributiveMagnitudes) {
  EXPECT_EQ(scan("千亿产业集群"), V{});
  EXPECT_EQ(scan("谋划引进一批新的百亿元级项目"), V{});
  EXPECT_EQ(scan("万元GDP能耗下降15%以上"), (V{"15|%"}));
}

TEST(QuantityScan, KeepsNumberedFormulationsOutOfCounts) {
  EXPECT_EQ(scan("站在两个一百年的交汇点上"), V{});
}

}  // namespace
}  // namespace zz::extract
