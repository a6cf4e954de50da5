// Tests of to_text(): the terminal view, with and without colour.
#include <gtest/gtest.h>

#include "sample_report.hpp"
#include "zzreport/report/writers.hpp"

namespace zz::report {
namespace {

using testing::SampleReport;

bool contains(const std::string& text, std::string_view part) {
  return text.find(part) != std::string::npos;
}

TEST(TextWriter, PlainViewHasNoEscapeCodes) {
  SampleReport r;
  std::string text = to_text(r.input(), {false});
  EXPECT_FALSE(contains(text, "\x1b"));
  EXPECT_EQ(
      text.rfind(
          "株洲市党代会报告\nreports/zhuzhou.txt · 2021年 · 市级 · UTF-8 · 40 字 3 段 5 句 2 节\n",
          0),
      0u)
      << text;
}

TEST(TextWriter, WithoutATitleThePathHeadsTheViewOnce) {
  SampleReport r;
  r.doc.title.clear();
  std::string text = to_text(r.input(), {false});
  EXPECT_EQ(text.rfind("reports/zhuzhou.txt\n2021年 · 市级 · UTF-8 · 40 字 3 段 5 句 2 节\n", 0),
            0u)
      << text;
}

TEST(TextWriter, ColourViewMarksTitleAndHeadings) {
  SampleReport r;
  std::string text = to_text(r.input(), {true});
  EXPECT_EQ(text.rfind("\x1b[1m株洲市党代会报告\x1b[0m\n", 0), 0u);
  EXPECT_TRUE(contains(text, "\x1b[1;36m目标\x1b[0m 2\n"));
}

TEST(TextWriter, TargetsAreAlignedColumns) {
  SampleReport r;
  std::string text = to_text(r.input(), {false});
  EXPECT_TRUE(contains(
      text,
      "目标 2\n  指标               目标           力度  期限          原文\n"
      "  地区生产总值       超过 5000亿元  力争  五年（2026）  力争地区生产总值超过5000亿元\n"))
      << text;
}

TEST(TextWriter, OutlineKeywordsSlogansWarnings) {
  SampleReport r;
  std::string text = to_text(r.input(), {false});
  EXPECT_TRUE(contains(text, "关键词 2\n  株洲 12 · 长株潭一体化 3\n"));
  EXPECT_TRUE(contains(text, "提法 1\n  “三高四新” 4\n"));
  EXPECT_TRUE(contains(text, "结构 2\n  一、总体要求\n    （一）主要目标\n"));
  EXPECT_TRUE(contains(text, "文本问题 1\n"));
  EXPECT_TRUE(contains(text, "page_marker  [20, 27)  removed page marker"));
}

TEST(TextWriter, LongListsWrapAtEightyColumns) {
  SampleReport r;
  r.analysis.keywords.clear();
  for (int i = 0; i < 30; ++i) r.analysis.keywords.push_back({"关键词语", 1, 1, false, {}, {}});
  std::string text = to_text(r.input(parse_selection("keywords")), {false});
  EXPECT_TRUE(contains(text, "\n  关键词语 1 · "));
  EXPECT_GT(std::count(text.begin(), text.end(), '\n'), 5);
}

TEST(TextWriter, LeavesOutPartsNotSelected) {
  SampleReport r;
  std::string text = to_text(r.input(parse_selection("keywords")), {false});
  EXPECT_TRUE(contains(text, "关键词 2"));
  EXPECT_FALSE(contains(text, "目标"));
  EXPECT_FALSE(contains(text, "结构"));
}

}  // namespace
}  // namespace zz::report

namespace zz::report {
namespace {

TEST(TextWriter, EmptyPartsShareOneLine) {
  testing::SampleReport r;
  r.analysis = {};
  r.doc.warnings.clear();
  std::string text = to_text(r.input(), {false});
  EXPECT_TRUE(text.find("\n无：目标、成绩、其他数字、关键词、提法、文本问题\n") !=
              std::string::npos)
      << text;
  EXPECT_TRUE(text.find("结构 2\n") != std::string::npos);
}

}  // namespace
}  // namespace zz::report
