// Tests of indicator_of() and quote_of() through the pipeline.
#include <gtest/gtest.h>

#include "quantity_fixture.hpp"

namespace zz::extract {
namespace {

using testing::quantity_at;

TEST(QuantityIndicator, TakesTheSubjectBeforeTheNumber) {
  EXPECT_EQ(quantity_at("科技进步贡献率超过70%，", "70%").indicator, "科技进步贡献率");
  EXPECT_EQ(quantity_at("居民收入年均增长8%以上。", "8%").indicator, "居民收入");
  EXPECT_EQ(quantity_at("五年新增规模工业企业1000家。", "1000家").indicator, "规模工业企业");
}

TEST(QuantityIndicator, ASecondNumberTakesTheSubjectOfTheFirst) {
  // 由A下降到B, A和B: the subject before the first number names both (杭州, 铁岭 reports).
  std::string_view text = "城镇登记失业率由4.0%下降到3.5%。";
  EXPECT_EQ(quantity_at(text, "4.0%").indicator, "城镇登记失业率");
  EXPECT_EQ(quantity_at(text, "3.5%").indicator, "城镇登记失业率");
  EXPECT_EQ(quantity_at("市政府工作部门由40个减为38个。", "38个").indicator, "市政府工作部门");
  text = "贷款余额分别为5036.8亿元和4116.7亿元。";
  EXPECT_EQ(quantity_at(text, "4116.7亿元").indicator, "贷款余额");
  // A number words follow is part of a name: 营业收入50亿以上企业, not 以上企业.
  EXPECT_EQ(quantity_at("营业收入50亿以上企业2户。", "2户").indicator, "营业收入50亿以上企业");
  // 城乡…分别: the parts in turn (data/rules/indicators.tsv, joint).
  text = "城乡居民人均可支配收入分别增长8%和9%。";
  EXPECT_EQ(quantity_at(text, "8%").indicator, "城镇居民人均可支配收入");
  EXPECT_EQ(quantity_at(text, "9%").indicator, "农村居民人均可支配收入");
  EXPECT_EQ(quantity_at("城乡居民人均可支配收入增长8%。", "8%").indicator,
            "城乡居民人均可支配收入");  // no 分别: one figure for both
}

TEST(QuantityIndicator, NamesNothingRatherThanAVerb) {
  EXPECT_EQ(quantity_at("确保实现两个不低于。", "两个").indicator, "");
  EXPECT_EQ(quantity_at("力争达到两位数增长。", "两位").indicator, "");
}

TEST(QuantityIndicator, LeavesOutEveryVerbAndComparatorBeforeTheNumber) {
  // The tails are the verbs, fillers, comparators and hedges of data/rules, so none is missing:
  // 扩大到, 提升至 and 上升 were verbs but no tails.
  EXPECT_EQ(quantity_at("全市工业规模扩大到100亿元。", "100亿元").indicator, "全市工业规模");
  EXPECT_EQ(quantity_at("国控断面水质优良率提升至87.5%。", "87.5%").indicator,
            "国控断面水质优良率");
  EXPECT_EQ(quantity_at("消费对经济增长的贡献率上升到70%以上。", "70%").indicator,
            "消费对经济增长的贡献率");
  EXPECT_EQ(quantity_at("城镇登记失业率低于4%。", "4%").indicator, "城镇登记失业率");
  // The longest tail each time: 下降 of 下降至少, not 降 once 至少 is gone.
  EXPECT_EQ(quantity_at("推动土地开发强度下降至少0.6个百分点。", "0.6个百分点").indicator,
            "土地开发强度");
}

TEST(QuantityIndicator, AChangeByANumberIsNoIndicatorOfIt) {
  EXPECT_EQ(quantity_at("力争国家高新技术企业净增800家。", "800家").indicator, "国家高新技术企业");
  EXPECT_EQ(quantity_at("力争国家高新技术企业净增800家。", "800家").change, Change::increase);
}

TEST(QuantityIndicator, TakesTheNounAfterACount) {
  EXPECT_EQ(quantity_at("新增科亿3家科创板上市公司和29家企业；", "3家").indicator,
            "科创板上市公司");
  EXPECT_EQ(quantity_at("突破航空涡轮发动机等83项“卡脖子”技术。", "83项").indicator,
            "“卡脖子”技术");
}

TEST(QuantityIndicator, KeepsTheStatisticalScopeInACountedNoun) {
  // 规模以上 and 限额以上 belong to the noun; they are no comparator.
  EXPECT_EQ(quantity_at("5741家规模以上工业企业实施数字化转型。", "5741家").indicator,
            "规模以上工业企业实施数字化转型");
  EXPECT_EQ(quantity_at("新增50户限额以上批发零售企业。", "50户").indicator,
            "限额以上批发零售企业");
}

TEST(QuantityIndicator, SkipsTheHedgeBetweenACountAndItsNoun) {
  EXPECT_EQ(quantity_at("新增10个左右国家地理标志产品。", "10个").indicator, "国家地理标志产品");
  EXPECT_EQ(quantity_at("打通10条以上断头路。", "10条").indicator, "断头路");
}

TEST(QuantityIndicator, TakesTheNounAfterTheNumberWhenOnlyAVerbPrecedesIt) {
  EXPECT_EQ(quantity_at("完成155公里河道整治。", "155公里").indicator, "河道整治");
  EXPECT_EQ(quantity_at("年内完成15万平方米老旧小区既有建筑节能改造。", "15万平方米").indicator,
            "老旧小区既有建筑节能改造");
}

TEST(QuantityIndicator, TakesTheSubjectBeforeABaseYear) {
  EXPECT_EQ(
      quantity_at("一般公共预算收入从2015年113.92亿元增加到142.66亿元。", "113.92亿元").indicator,
      "一般公共预算收入");
  EXPECT_EQ(
      quantity_at("全省国内生产总值由1995年的553亿元增加到2000年的983亿元。", "983亿元").indicator,
      "全省国内生产总值");
  EXPECT_EQ(quantity_at("单位生产总值能耗比2005年下降20%。", "20%").indicator, "单位生产总值能耗");
}

TEST(QuantityIndicator, LeavesTheVerbBeforeTheNextNumberOut) {
  EXPECT_EQ(quantity_at("规模以上工业企业发展到310户。", "310户").indicator, "规模以上工业企业");
}

TEST(QuantityIndicator, SharesTheSubjectOfAList) {
  Quantity q = quantity_at("支持一批龙头企业迈上500亿、100亿元台阶。", "100亿元");
  EXPECT_EQ(q.indicator, "一批龙头企业");
}

TEST(QuantityQuote, IsTheListItemHoldingNumberAndIndicator) {
  Quantity q = quantity_at(
      "五年新增规模工业企业1000家、国家级“小巨人”企业100家、上市公司10家以上。", "10家");
  EXPECT_EQ(q.quote, "上市公司10家以上");
  EXPECT_EQ(q.span.end - q.span.begin, 3u);
}

}  // namespace
}  // namespace zz::extract
