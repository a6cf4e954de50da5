// Tests of the canonical indicators: the table's loader (data/indicators.tsv and a user's file) and
// assign_indicators() on short reports.
#include "zzreport/extract/indicators.hpp"

#include <gtest/gtest.h>

#include "quantity_fixture.hpp"
#include "zzreport/text/data_file.hpp"
#include "zzreport/text/error.hpp"

namespace zz::extract {
namespace {

const IndicatorTable& shipped_indicators() {
  static const IndicatorTable table = [] {
    IndicatorTable t;
    t.load_file(ZZ_SOURCE_DATA_DIR "/indicators.tsv");
    return t;
  }();
  return table;
}

std::vector<Quantity> assigned(std::string_view text) {
  text::Document doc = text::load_document(text, "test.txt");
  std::vector<Quantity> quantities = extract_quantities(doc, testing::shipped_rules());
  assign_indicators(doc, shipped_indicators(), quantities);
  return quantities;
}

const Quantity* with_id(const std::vector<Quantity>& qs, std::string_view id,
                        std::string_view period) {
  for (const Quantity& q : qs) {
    if (q.indicator_id == id && q.period == period) return &q;
  }
  return nullptr;
}

constexpr std::string_view kReport =
    "政府工作报告\n"
    "——2019年1月15日在河北省第十三届人民代表大会第二次会议上\n"
    "一、2018年工作回顾\n"
    "过去一年，全省生产总值增长6.6%，总量突破3.6万亿元。居民消费价格上涨2.4%。\n"
    "五年来，全省生产总值年均增长6.8%。\n"
    "二、2019年主要预期目标\n"
    "全省生产总值增长6.5%左右，城乡居民人均可支配收入分别增长8%和9%，"
    "城镇登记失业率控制在4.5%以内，单位生产总值能耗下降3%以上，第三产业增加值增长8%。\n";

TEST(Indicators, ShippedTableHasTheContractIds) {
  for (std::string_view id :
       {"gdp_growth", "gdp", "budget_revenue_growth", "fiscal_total_revenue_growth",
        "fixed_investment_growth", "retail_sales_growth", "trade_growth", "cpi",
        "registered_unemployment_rate", "surveyed_unemployment_rate", "urban_new_jobs",
        "urban_income_growth", "rural_income_growth", "resident_income_growth",
        "energy_intensity_reduction", "deficit_ratio"})
    EXPECT_NE(shipped_indicators().find(id), nullptr) << id;
  const IndicatorDef* gdp = shipped_indicators().find("gdp");
  ASSERT_NE(gdp, nullptr);
  EXPECT_EQ(gdp->base_unit, "元");
  EXPECT_EQ(gdp->scale, 1e8);
}

TEST(Indicators, TargetsAndResultsGetIdsAndPeriods) {
  std::vector<Quantity> qs = assigned(kReport);
  EXPECT_NE(with_id(qs, "gdp_growth", "2018"), nullptr);
  EXPECT_NE(with_id(qs, "gdp", "2018"), nullptr);  // 总量 after 全省生产总值
  EXPECT_NE(with_id(qs, "cpi", "2018"), nullptr);
  EXPECT_NE(with_id(qs, "gdp_growth", "2014-2018"), nullptr);  // 五年来 … 年均
  EXPECT_NE(with_id(qs, "gdp_growth", "2019"), nullptr);
  EXPECT_NE(with_id(qs, "registered_unemployment_rate", "2019"), nullptr);
  EXPECT_NE(with_id(qs, "energy_intensity_reduction", "2019"), nullptr);
  // One subject, two figures: the list's order.
  const Quantity* urban = with_id(qs, "urban_income_growth", "2019");
  const Quantity* rural = with_id(qs, "rural_income_growth", "2019");
  ASSERT_NE(urban, nullptr);
  ASSERT_NE(rural, nullptr);
  EXPECT_EQ(urban->value, 8);
  EXPECT_EQ(rural->value, 9);
  // One industry is not the headline.
  for (const Quantity& q : qs) {
    if (q.value == 8 && q.quote.find("第三产业") != std::string::npos) {
      EXPECT_EQ(q.indicator_id, "");
    }
  }
}

TEST(Indicators, WithoutTheReportsYearNoPeriod) {
  std::vector<Quantity> qs = assigned("全省生产总值增长6.5%左右。\n");
  ASSERT_EQ(qs.size(), 1U);
  EXPECT_EQ(qs[0].period, "");
}

TEST(Indicators, AUserFileAddsAliasesAndIds) {
  IndicatorTable table = shipped_indicators();
  table.load(
      text::DataFile("gdp_growth\tgrowth\t%\t全县经济\nsteel\tlevel\t万吨\t钢产量\n", "mine.tsv"));
  ASSERT_NE(table.find("steel"), nullptr);
  EXPECT_EQ(table.find("steel")->scale, 1e4);
  const std::vector<std::string>& aliases = table.find("gdp_growth")->aliases;
  EXPECT_NE(std::find(aliases.begin(), aliases.end(), "全县经济"), aliases.end());
}

TEST(Indicators, AMalformedLineNamesFileAndLine) {
  auto message_of = [](std::string content) {
    IndicatorTable table;
    try {
      table.load(text::DataFile(std::move(content), "mine.tsv"));
    } catch (const Error& e) {
      EXPECT_EQ(e.kind(), ErrorKind::data);
      return e.message();
    }
    return std::string("no error");
  };
  EXPECT_EQ(message_of("# c\ngdp_growth\tspeed\t%\t经济\n"),
            "mine.tsv: unknown measure 'speed' (growth, level, rate or reduction) (line 2)");
  EXPECT_NE(message_of("gdp\tlevel\t%\t总量\nx\n").find("(line 2)"), std::string::npos);
  EXPECT_NE(message_of("Bad-Id\tgrowth\t%\t经济\n").find("(line 1)"), std::string::npos);
  EXPECT_NE(message_of("#split 城乡|nope|gdp\n").find("unknown id 'nope'"), std::string::npos);
  EXPECT_NE(message_of("#colour red\n").find("unknown directive"), std::string::npos);
}

}  // namespace
}  // namespace zz::extract
