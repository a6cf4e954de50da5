// Tests of op_of() and hedge_of() through the pipeline: comparators, list verbs and hedges.
#include <gtest/gtest.h>

#include "quantity_fixture.hpp"

namespace zz::extract {
namespace {

using testing::quantity_at;

Op op(std::string_view text, std::string_view needle) { return quantity_at(text, needle).op; }

TEST(ClassifyOp, BoundMarkersComeFirst) {
  EXPECT_EQ(op("居民收入年均增长8%以上。", "8%"), Op::ge);
  EXPECT_EQ(op("科技进步贡献率超过70%。", "70%"), Op::gt);
  EXPECT_EQ(op("全市经济总量迈上5000亿元台阶。", "5000亿元"), Op::ge);
  EXPECT_EQ(op("力争3年内突破千亿。", "千亿"), Op::ge);
  EXPECT_EQ(op("城镇调查失业率控制在5.5%以内。", "5.5%"), Op::le);
  EXPECT_EQ(op("赤字率不超过3%。", "3%"), Op::le);
  EXPECT_EQ(op("国内生产总值增长5%左右。", "5%"), Op::approx);
  EXPECT_EQ(op("研发经费支出约4200亿元。", "4200亿元"), Op::approx);
}

Change change(std::string_view text, std::string_view needle) {
  return quantity_at(text, needle).change;
}

TEST(ClassifyOp, ChangeIsTheDirectionOfTheVerbWhateverTheComparator) {
  EXPECT_EQ(change("居民收入年均增长8%以上。", "8%"), Change::increase);
  EXPECT_EQ(change("万元GDP能耗下降15%以上。", "15%"), Change::decrease);
  EXPECT_EQ(change("技术合同成交额增长28.6%。", "28.6%"), Change::increase);
  EXPECT_EQ(change("五年新增规模工业企业1000家、上市公司10家以上。", "10家"), Change::increase);
  // A level, not a change.
  EXPECT_EQ(change("对外贸易依存度提高到15%。", "15%"), Change::none);
  EXPECT_EQ(change("科技进步贡献率超过70%。", "70%"), Change::none);
  EXPECT_EQ(change("规模达到1500亿元。", "1500亿元"), Change::none);
}

TEST(ClassifyOp, RangeBeforeVerb) {
  EXPECT_EQ(op("力争新增2-3个千亿产业集群。", "2-3个"), Op::range);
}

TEST(ClassifyOp, VerbDecidesOtherwise) {
  EXPECT_EQ(op("技术合同成交额增长28.6%。", "28.6%"), Op::inc);
  EXPECT_EQ(op("单位能耗降低2.5%。", "2.5%"), Op::dec);
  EXPECT_EQ(op("对外贸易依存度提高到15%。", "15%"), Op::eq);
  EXPECT_EQ(op("规模达到1500亿元。", "1500亿元"), Op::eq);
  EXPECT_EQ(op("粮食产量1.39万亿斤。", "1.39万亿斤"), Op::eq);
  EXPECT_EQ(op("突破航空涡轮发动机等83项“卡脖子”技术。", "83项"), Op::eq);
}

TEST(ClassifyOp, ListSharesTheVerbOfItsFirstItem) {
  std::string_view text = "五年新增规模工业企业1000家、国家级“小巨人”企业100家、上市公司10家以上。";
  EXPECT_EQ(op(text, "1000家"), Op::inc);
  EXPECT_EQ(op(text, "100家"), Op::inc);
  EXPECT_EQ(op(text, "10家"), Op::ge);
}

TEST(ClassifyOp, VerbAfterAnEarlierItemIsNotShared) {
  std::string_view text = "9天实现确诊病例零新增、17天中风险地区全部清零。";
  EXPECT_EQ(op(text, "17天"), Op::eq);
}

TEST(ClassifyHedge, FindsHedgesInTheClauseOrLeadClause) {
  EXPECT_EQ(quantity_at("力争达到25家以上。", "25家").hedge, Hedge::strive);
  EXPECT_EQ(quantity_at("确保粮食产量1.3万亿斤以上。", "1.3万亿斤").hedge, Hedge::ensure);
  EXPECT_EQ(quantity_at("力争到2025年，全市生产总值达到5000亿元。", "5000亿元").hedge,
            Hedge::strive);
  EXPECT_EQ(quantity_at("国内生产总值增长5%左右。", "5%").hedge, Hedge::approx);
  EXPECT_EQ(quantity_at("科技进步贡献率超过70%。", "70%").hedge, Hedge::none);
}

}  // namespace
}  // namespace zz::extract
