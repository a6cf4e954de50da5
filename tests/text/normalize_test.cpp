// Tests of normalize(): the rules composed, the offset map, the warnings and the Markdown markup.
#include "zzreport/text/normalize.hpp"

#include <gtest/gtest.h>

#include "text_test_util.hpp"

namespace zz::text {
namespace {

using test::cp_slice;
using test::expect_map_round_trips;

Normalized checked(std::string_view original) {
  Normalized n = normalize(original);
  expect_map_round_trips(original, n);
  return n;
}

int count_kind(const Normalized& n, std::string_view kind) {
  int c = 0;
  for (const Warning& w : n.warnings) c += w.kind == kind;
  return c;
}

TEST(Normalize, FoldsFullWidthDigitsAndLettersAndCrlf) {
  Normalized n = checked("增长１２％，ＧＤＰ\r\n下一段");
  EXPECT_EQ(n.text, "增长12％，GDP\n下一段");
}

TEST(Normalize, KeepsOneLinePerParagraphWithoutBlankLines) {
  Normalized n = checked("第一段。\n\n\n  第二段。  \r\n\r\n第三段。");
  EXPECT_EQ(n.text, "第一段。\n第二段。\n第三段。");
}

TEST(Normalize, RejoinsParagraphSplitAtPageBreak) {
  std::string original =
      "思想引领航向，必须融入新发展格局。构建新发展格局，是把握发展主动权的先手棋，是\n\n"
      "经济现代化的路径选择。";
  Normalized n = checked(original);
  EXPECT_EQ(n.text,
            "思想引领航向，必须融入新发展格局。构建新发展格局，是把握发展主动权的先手棋，是"
            "经济现代化的路径选择。");
  ASSERT_EQ(count_kind(n, "split_paragraph"), 1);
  EXPECT_EQ(cp_slice(original, n.warnings[0].span), "是\n\n经");
}

TEST(Normalize, DoesNotJoinHeadingToItsParagraph) {
  Normalized n = checked(
      "## "
      "二、朝着目标奋勇前进\n\n今后五年，是关键的五年。\n\n一年来，我们坚持稳中求进，经济保持平稳健"
      "康发展\n\n面对复杂形势，我们坚定信心。");
  EXPECT_EQ(count_kind(n, "split_paragraph"), 0);
  EXPECT_EQ(n.text,
            "二、朝着目标奋勇前进\n今后五年，是关键的五年。\n一年来，我们坚持稳中求进，经济保持平稳"
            "健康发展\n面对复杂形势，我们坚定信心。");
}

TEST(Normalize, RejoinsAcrossPageMarkersAfterComma) {
  std::string original =
      "收入增长15%以上，（下转第三版）\n\n（紧接第二版）城镇登记失业率控制在2.5%以内。";
  Normalized n = checked(original);
  EXPECT_EQ(n.text, "收入增长15%以上，城镇登记失业率控制在2.5%以内。");
  EXPECT_EQ(count_kind(n, "page_marker"), 2);
  EXPECT_EQ(count_kind(n, "split_paragraph"), 1);
}

TEST(Normalize, RemovesPageMarkersWithWarnings) {
  std::string original = "《上接A1版》 基层党建全面达标。\n学原本本学。》》》下转B1版";
  Normalized n = checked(original);
  EXPECT_EQ(n.text, "基层党建全面达标。\n学原本本学。");
  ASSERT_EQ(count_kind(n, "page_marker"), 2);
  EXPECT_EQ(cp_slice(original, n.warnings[0].span), "《上接A1版》");
  EXPECT_EQ(cp_slice(original, n.warnings[1].span), "》》》下转B1版");
}

TEST(Normalize, ReadsYamlHeaderAndRemovesIt) {
  std::string original =
      "---\ntitle: 2 0 2 2 年 政府工作报告\nsource: https://example.gov.cn/a\n---\n\n各位代表：";
  Normalized n = checked(original);
  EXPECT_EQ(n.title, "2022年 政府工作报告");
  EXPECT_EQ(n.source, "https://example.gov.cn/a");
  EXPECT_EQ(n.text, "各位代表：");
}

TEST(Normalize, ReadsMarkdownMarkupIntoLineMarkup) {
  std::string original =
      "## 一、回顾\n\n**名词解释**\n\n**（一）以忠诚之魂永葆本色。**学思想。\n\n- 目录项\n\n| 指标 "
      "| 2024 |\n|---|---|\n| GDP | 5% |";
  Normalized n = checked(original);
  EXPECT_EQ(n.text,
            "一、回顾\n名词解释\n（一）以忠诚之魂永葆本色。学思想。\n目录项\n指标 2024\nGDP 5%");
  ASSERT_EQ(n.markup.size(), 6u);
  EXPECT_EQ(n.markup[0].heading_level, 2);
  EXPECT_TRUE(n.markup[1].bold_line);
  EXPECT_EQ(n.text.substr(n.markup[2].line_begin, n.markup[2].bold_end - n.markup[2].line_begin),
            "（一）以忠诚之魂永葆本色。");
  EXPECT_TRUE(n.markup[3].list_item);
  EXPECT_TRUE(n.markup[4].table_row);
  EXPECT_TRUE(n.markup[5].table_row);
}

TEST(Normalize, RemovesHtmlCommentsAcrossLines) {
  Normalized n = checked("<!-- 新华社北京3月15日电 -->\n正文开始。<!-- 图片\n说明 -->继续。");
  EXPECT_EQ(n.text, "正文开始。\n继续。");
}

TEST(Normalize, StripsBoilerplateAndRunningHeaders) {
  std::string original =
      "下载 打印 全屏 收藏\n【字号：大 中 小】 打印本页 关闭窗口\n正文。\n政府工作报告\n续文。";
  Normalized n = checked(original);
  EXPECT_EQ(n.text, "正文。\n续文。");
  EXPECT_EQ(count_kind(n, "boilerplate"), 3);
}

TEST(Normalize, FoldsTraditionalCharactersAndWarns) {
  std::string original = "五年來，我們共同奋斗。";
  Normalized n = checked(original);
  EXPECT_EQ(n.text, "五年来，我们共同奋斗。");
  ASSERT_EQ(count_kind(n, "traditional"), 2);
  EXPECT_EQ(cp_slice(original, n.warnings[0].span), "來");
  EXPECT_EQ(cp_slice(original, n.warnings[1].span), "們");
}

TEST(Normalize, JoinsSpacedOutTitleAndYear) {
  Normalized n = checked("政 府 工 作 报 告\r\n\r\n——1 9 9 3 年 3 月");
  EXPECT_EQ(n.text, "政府工作报告\n——1993年3月");
}

TEST(Normalize, WidensAsciiPunctuationInChineseProse) {
  Normalized n = checked("各位代表,同志们!(一)突出“聚焦”;推进GDP,5G");
  EXPECT_EQ(n.text, "各位代表，同志们！（一）突出“聚焦”；推进GDP,5G");
}

TEST(Normalize, RejoinsHardWrappedTextInLinearTimeWithBoundedWarnings) {
  // 5,000 wrapped lines of one run-on paragraph: every break is inside a sentence.
  std::string original = "总体要求已经明确。";
  for (int i = 0; i < 5000; ++i) original += "我们坚持稳中求进工作总基调，推动经济持续健康发展和\n";
  original += "社会大局稳定。";
  Normalized n = checked(original);
  EXPECT_EQ(n.text.find('\n'), std::string::npos);
  EXPECT_EQ(count_kind(n, "split_paragraph"), 101);  // 100, then one summary
  EXPECT_NE(n.warnings.back().message.find("4900 more"), std::string::npos);
}

TEST(Normalize, EmptyAndMarkupOnlyInputGiveEmptyText) {
  EXPECT_EQ(checked("").text, "");
  EXPECT_EQ(checked("---\ntitle: x\n---\n").text, "");
  EXPECT_EQ(checked("\n\n\r\n").text, "");
}

}  // namespace
}  // namespace zz::text
