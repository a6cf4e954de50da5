// Tests of build_structure(): paragraphs, sentences, headings and the outline tree.
#include "structure.hpp"

#include <gtest/gtest.h>

#include "doc_builder.hpp"
#include "text_test_util.hpp"

namespace zz::text {
namespace {

using test::cp_slice;
using test::structured;

std::string outline(const Document& doc) {
  std::string out;
  for (const Section& s : doc.sections) {
    out += std::string(static_cast<std::size_t>(s.level - 1) * 2, ' ') + s.marker + "|" + s.title +
           (s.lead ? " (lead)" : "") + "\n";
  }
  return out;
}

TEST(Structure, ParagraphsAreLinesAndSentencesBelongToThem) {
  Document doc = structured("甲。乙！\n\n丙");
  ASSERT_EQ(doc.paragraphs.size(), 2u);
  ASSERT_EQ(doc.sentences.size(), 3u);
  EXPECT_EQ(doc.sentences[2].paragraph, 1u);
  EXPECT_EQ(cp_slice(doc.original, doc.sentences[1].span), "乙！");
}

TEST(Structure, NestsNumberedHeadingsByTheOrderStylesAppear) {
  Document doc = structured(
      "一、回顾\n过去一年成绩显著。\n（一）经济增长。全年增长5%。\n1.工业加快发展\n工业增长。\n"
      "（二）改革深化\n改革推进。\n二、安排\n今年要发展。");
  EXPECT_EQ(outline(doc),
            "一、|回顾\n"
            "  （一）|经济增长 (lead)\n"
            "    1.|工业加快发展\n"
            "  （二）|改革深化\n"
            "二、|安排\n");
  EXPECT_EQ(*doc.sections[2].parent, 1u);
  EXPECT_FALSE(doc.sections[0].parent.has_value());
  EXPECT_EQ(doc.slice(doc.sections[1].body).substr(0, 9), "（一）");
  EXPECT_EQ(doc.sections[0].body.end, doc.sections[4].heading.begin);
}

TEST(Structure, HeadingSpanIsExactlyTheHeadingTextInTheOriginal) {
  std::string original =
      "前言。\n\n## 二、朝着目标前进\n\n内容。\n\n(一)突出“聚焦”,彰显新担当。打造高地。";
  Document doc = structured(original);
  ASSERT_EQ(doc.sections.size(), 2u);
  EXPECT_EQ(cp_slice(original, doc.sections[0].span), "二、朝着目标前进");
  EXPECT_EQ(cp_slice(original, doc.sections[1].span), "(一)突出“聚焦”,彰显新担当");
  EXPECT_EQ(doc.sections[1].marker, "（一）");
  EXPECT_EQ(doc.sections[1].title, "突出“聚焦”，彰显新担当");
}

TEST(Structure, LeadSentencesInASeriesAreHeadings) {
  Document doc = structured(
      "（一）突出聚焦。打造高地。\n聚焦打造“三个高地”。全力打造制造业高地。\n"
      "聚焦推进长株潭一体化。坚持一体化。\n聚焦是集中优势、办成大事的必然选择。我们要紧盯。\n"
      "方向已明。关键在干。");
  EXPECT_EQ(outline(doc),
            "（一）|突出聚焦 (lead)\n"
            "  |聚焦打造“三个高地” (lead)\n"
            "  |聚焦推进长株潭一体化 (lead)\n");
}

TEST(Structure, BoldAndMarkdownHeadingsWithoutNumbers) {
  Document doc = structured(
      "**政府工作报告**\n——2024年3月5日在第十四届全国人民代表大会第二次会议上\n各位代表：\n"
      "现在，我代表国务院报告。\n**一、工作回顾**\n回顾。\n**（一）以忠诚之魂永葆本色。**学思想。\n"
      "**名词解释**\n解释。");
  EXPECT_EQ(doc.title, "政府工作报告");
  EXPECT_EQ(doc.stated_year, 2024);
  EXPECT_EQ(doc.front_paragraphs, 2u);
  EXPECT_EQ(outline(doc),
            "一、|工作回顾\n"
            "  （一）|以忠诚之魂永葆本色 (lead)\n"
            "|名词解释\n");
}

TEST(Structure, FiveYearPlanPartsChaptersAndSections) {
  Document doc = structured(
      "第一篇 开启新征程\n第一章 发展环境\n内容。\n第一节 机遇\n内容。\n第二节 挑战\n内容。\n"
      "第二章 指导方针\n内容。\n第二篇 创新驱动\n第三章 科技\n内容。");
  EXPECT_EQ(outline(doc),
            "第一篇|开启新征程\n"
            "  第一章|发展环境\n"
            "    第一节|机遇\n"
            "    第二节|挑战\n"
            "  第二章|指导方针\n"
            "第二篇|创新驱动\n"
            "  第三章|科技\n");
}

TEST(Structure, ListItemsAndSalutationsAreNotHeadings) {
  Document doc =
      structured("**目录**\n- 一、总任务\n- 二、概要\n**各位代表：**\n一、总任务\n内容。");
  EXPECT_EQ(outline(doc), "一、|总任务\n");
}

TEST(Structure, LongNumberedParagraphsAreNotHeadings) {
  Document doc = structured(
      "1."
      "我们坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，完整准确全面贯彻新"
      "发展理念，"
      "加快构建新发展格局，着力推动高质量发展。");
  EXPECT_TRUE(doc.sections.empty());
}

}  // namespace
}  // namespace zz::text
