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

TEST(QuantityIndicator, TakesTheNounAfterACount) {
  EXPECT_EQ(quantity_at("新增科亿3家科创板上市公司和29家企业；", "3家").indicator, "科创板上市公司");
  EXPECT_EQ(quantity_at("突破航空涡轮发动机等83项“卡脖子”技术。", "83项").indicator, "“卡脖子”技术");
}

TEST(QuantityIndicator, SharesTheSubjectOfAList) {
  Quantity q = quantity_at("支持一批龙头企业迈上500亿、100亿元台阶。", "100亿元");
  EXPECT_EQ(q.indicator, "一批龙头企业");
}

TEST(QuantityQuote, IsTheListItemHoldingNumberAndIndicator) {
  Quantity q = quantity_at("五年新增规模工业企业1000家、国家级“小巨人”企业100家、上市公司10家以上。", "10家");
  EXPECT_EQ(q.quote, "上市公司10家以上");
  EXPECT_EQ(q.span.end - q.span.begin, 3u);
}

}  // namespace
}  // namespace zz::extract
