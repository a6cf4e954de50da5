// Tests of strip_markdown() and remove_html_comments().
#include "markdown.hpp"

#include <gtest/gtest.h>

#include "char_rules.hpp"

namespace zz::text {
namespace {

TEST(Markdown, StripsHeadingsListsAndBold) {
  CharLine h = test::to_line("### （一）关于经济建设");
  EXPECT_EQ(strip_markdown(h).heading_level, 3);
  EXPECT_EQ(test::to_utf8(h), "（一）关于经济建设");

  CharLine l = test::to_line("- 一、国家在过渡时期的总任务");
  EXPECT_TRUE(strip_markdown(l).list_item);
  EXPECT_EQ(test::to_utf8(l), "一、国家在过渡时期的总任务");

  CharLine b = test::to_line("**政府工作报告**");
  EXPECT_TRUE(strip_markdown(b).bold_line);
  EXPECT_EQ(test::to_utf8(b), "政府工作报告");

  CharLine m = test::to_line("要求是：**全面贯彻**精神");
  MarkdownLine md = strip_markdown(m);
  EXPECT_FALSE(md.bold_line);
  EXPECT_FALSE(md.bold_lead);
  EXPECT_EQ(test::to_utf8(m), "要求是：全面贯彻精神");
}

TEST(Markdown, RecordsWhereABoldLeadEnds) {
  CharLine line = test::to_line("**（一）以忠诚之魂永葆本色。**学思想");
  MarkdownLine md = strip_markdown(line);
  EXPECT_TRUE(md.bold_lead);
  EXPECT_EQ(md.bold_end, 17u);  // original position of 学
  EXPECT_EQ(test::to_utf8(line), "（一）以忠诚之魂永葆本色。学思想");
}

TEST(Markdown, DropsRulesAndTableSeparatorsAndKeepsCells) {
  CharLine rule = test::to_line("---");
  EXPECT_TRUE(strip_markdown(rule).drop);
  CharLine sep = test::to_line("|:---|---:|");
  EXPECT_TRUE(strip_markdown(sep).drop);
  CharLine row = test::to_line("| GDP | 5% |");
  EXPECT_TRUE(strip_markdown(row).table_row);
  EXPECT_EQ(test::to_utf8(row), "  GDP   5%  ");
}

TEST(Markdown, RemovesCommentsAcrossLines) {
  bool in_comment = false;
  CharLine a = test::to_line("正文<!-- 注");
  remove_html_comments(a, in_comment);
  EXPECT_EQ(test::to_utf8(a), "正文");
  EXPECT_TRUE(in_comment);
  CharLine b = test::to_line("释 -->继续");
  remove_html_comments(b, in_comment);
  EXPECT_EQ(test::to_utf8(b), "继续");
  EXPECT_FALSE(in_comment);
}

}  // namespace
}  // namespace zz::text
