// Tests of continues_paragraph().
#include "paragraph_join.hpp"

#include <gtest/gtest.h>

namespace zz::text {
namespace {

bool joins(std::string_view prev, std::string_view next, bool page_break = false) {
  return continues_paragraph({prev}, {next}, page_break);
}

TEST(ParagraphJoin, JoinsSentenceCutMidWord) {
  EXPECT_TRUE(joins("推动产业生态裂变。裂变是闪光的新生，也",
                    "是脆弱的起航，市场对一个项目通常是失灵的。"));
  EXPECT_TRUE(
      joins("加快建设创新示范区。推动创新链与产业链、人才链、政", "策链、资金链深度融合。"));
  EXPECT_TRUE(joins("卫生条件逐步改善。全年共投入 2341", "万元，用于改建扩建乡镇卫生院。"));
  // A run-on line without a full stop, long enough to be prose.
  EXPECT_TRUE(
      joins("坚持生态优先、防治并举，加强生态文明建设，推进生态环境升级，动真碰硬抓问题整改，"
            "紧盯中央环保督察和人民群众反映强烈的问题，深入打好污染防治攻坚战，全面抓好污水管网建设"
            "和城市黑臭水体",
            "治理工作。"));
}

TEST(ParagraphJoin, KeepsFinishedParagraphsAndHeadingsApart) {
  EXPECT_FALSE(joins("今后五年，是关键的五年。", "经济实力再上台阶。"));
  EXPECT_FALSE(joins("一年来，我们坚持稳中求进，经济保持平稳健康发展",
                     "面对复杂多变的经济形势，我们坚定信心。"));
  EXPECT_FALSE(joins("请予审议。一、2003年工作的回顾", "刚过去的2003年是不平凡的一年。"));
  EXPECT_FALSE(joins("这是第一句。这是未完的", "（一）加快发展。"));
  EXPECT_FALSE(joins("这是第一句。这是未完的", "“三个高地”建设。"));
  EXPECT_FALSE(joins("主要是：", "发展不平衡。"));
  EXPECT_FALSE(joins("政府工作报告", "2024年3月5日"));
}

TEST(ParagraphJoin, IndentationOrMarkupStartsAParagraph) {
  EXPECT_FALSE(continues_paragraph({"这是第一句。这是未完的"}, {"是另一段。", false, true}));
  EXPECT_FALSE(continues_paragraph({"这是第一句。这是未完的", true}, {"是另一段。"}));
}

TEST(ParagraphJoin, PageMarkersAllowACommaAtTheBreak) {
  EXPECT_TRUE(joins("收入增长15%以上，", "城镇登记失业率控制在2.5%以内。", true));
  EXPECT_FALSE(joins("收入增长15%以上，", "城镇登记失业率控制在2.5%以内。"));
  EXPECT_FALSE(joins("社会事业加快发展。", "教育稳步推进。", true));
  EXPECT_FALSE(joins("对口工作有序推进，", "（五）聚力城乡统筹。", true));
}

}  // namespace
}  // namespace zz::text
