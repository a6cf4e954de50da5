// Tests of to_markdown(): headline facts, the target table, escaping, parts left out.
#include <gtest/gtest.h>

#include "sample_report.hpp"
#include "zzreport/report/display_width.hpp"
#include "zzreport/report/writers.hpp"

namespace zz::report {
namespace {

using testing::SampleReport;

bool contains(const std::string& text, std::string_view part) {
  return text.find(part) != std::string::npos;
}

TEST(MarkdownWriter, StartsWithTitleAndFacts) {
  SampleReport r;
  std::string md = to_markdown(r.input());
  EXPECT_EQ(
      md.rfind("# 株洲市党代会报告\n\n`reports/zhuzhou.txt` · 2021年 · 市级 · UTF-8 · 40 字", 0),
      0u)
      << md;
}

TEST(MarkdownWriter, WithoutATitleThePathIsTheHeadingOnce) {
  SampleReport r;
  r.doc.title.clear();
  std::string md = to_markdown(r.input());
  EXPECT_EQ(md.rfind("# reports/zhuzhou.txt\n\n2021年 · 市级 · UTF-8 · 40 字", 0), 0u) << md;
}

TEST(MarkdownWriter, TargetTableShowsComparatorValueHedgeAndHorizon) {
  SampleReport r;
  std::string md = to_markdown(r.input());
  EXPECT_TRUE(contains(md, "## 主要目标（2）")) << md;
  EXPECT_TRUE(contains(md, "| 1   | 地区生产总值       | 超过 5000亿元 | 力争 | 五年（2026） |"))
      << md;
  EXPECT_TRUE(contains(md, "千亿产业集群\\|新增")) << "pipes escaped";
  EXPECT_FALSE(contains(md, "集群\"\"")) << "no CSV quoting in Markdown";
}

TEST(MarkdownWriter, TableRowsLineUpInAPager) {
  SampleReport r;
  std::string md = to_markdown(r.input());
  std::size_t start = md.find("| #");
  std::size_t end = md.find("\n\n", start);
  std::string table = md.substr(start, end - start);
  std::size_t width = display_width(table.substr(0, table.find('\n')));
  for (std::size_t at = 0; at < table.size();) {
    std::size_t next = table.find('\n', at);
    if (next == std::string::npos) next = table.size();
    EXPECT_EQ(display_width(table.substr(at, next - at)), width) << table.substr(at, next - at);
    at = next + 1;
  }
}

TEST(MarkdownWriter, ListsAchievementsKeywordsSlogansOutlineWarnings) {
  SampleReport r;
  std::string md = to_markdown(r.input());
  EXPECT_TRUE(contains(md, "## 主要成绩（1）"));
  EXPECT_TRUE(contains(md, "另有 1 处其他数字"));
  EXPECT_TRUE(contains(md, "**词语**：株洲（12）"));
  EXPECT_TRUE(contains(md, "**短语**：长株潭一体化（3）"));
  EXPECT_TRUE(contains(md, "“三高四新”（4）"));
  EXPECT_TRUE(contains(md, "- 一、总体要求\n  - （一）主要目标\n"));
  EXPECT_TRUE(contains(md, "- `page_marker` [20, 27) removed page marker 《上接A1版》"));
  EXPECT_EQ(md.back(), '\n');
  EXPECT_NE(md.substr(md.size() - 2), "\n\n");
}

TEST(MarkdownWriter, LeavesOutPartsNotSelected) {
  SampleReport r;
  std::string md = to_markdown(r.input(parse_selection("targets")));
  EXPECT_TRUE(contains(md, "## 主要目标"));
  EXPECT_FALSE(contains(md, "## 主要成绩"));
  EXPECT_FALSE(contains(md, "## 关键词"));
  EXPECT_FALSE(contains(md, "## 结构"));
}

TEST(MarkdownWriter, SaysWhenNothingWasFound) {
  SampleReport r;
  r.analysis = {};
  std::string md = to_markdown(r.input());
  EXPECT_TRUE(contains(md, "## 主要目标（0）\n\n未找到。\n"));
}

TEST(MarkdownWriter, EscapesMarkupInProse) {
  SampleReport r;
  r.doc.title = "a*b_c";
  EXPECT_EQ(to_markdown(r.input()).rfind("# a\\*b\\_c\n", 0), 0u);
}

}  // namespace
}  // namespace zz::report
