// Tests of the aligned Markdown and terminal tables.
#include "table.hpp"

#include <gtest/gtest.h>

#include <sstream>

#include "zzreport/report/display_width.hpp"

namespace zz::report::detail {
namespace {

std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

TEST(Table, MarkdownCellEscapesPipesAndLineBreaks) {
  EXPECT_EQ(markdown_cell("a|b\nc\r\nd"), "a\\|b c  d");
}

TEST(Table, MarkdownRowsLineUpByDisplayWidth) {
  Table t{{"指标", "目标"}, {{"地区生产总值", "超过 5000亿元"}, {"GDP", "≥ 5%"}}, {}};
  std::vector<std::string> rows = lines(render_markdown(t));
  ASSERT_EQ(rows.size(), 4u);
  for (const std::string& row : rows) EXPECT_EQ(display_width(row), display_width(rows[0])) << row;
  EXPECT_EQ(rows[0], "| 指标         | 目标          |");
  EXPECT_EQ(rows[1], "|--------------|---------------|");
  EXPECT_EQ(rows[3], "| GDP          | ≥ 5%          |");
}

TEST(Table, MarkdownSeparatorHasAtLeastThreeDashes) {
  Table t{{"#"}, {{"1"}}, {}};
  EXPECT_EQ(lines(render_markdown(t))[1], "|-----|");
}

TEST(Table, CutsCellsToColumnLimit) {
  Table t{{"原文"}, {{"力争地区生产总值超过5000亿元"}}, {9}};
  EXPECT_EQ(lines(render_text(t, 0, "", ""))[1], "力争地区…");
}

TEST(Table, TextColumnsLineUpAndLastColumnIsNotPadded) {
  Table t{{"指标", "目标", "原文"},
          {{"地区生产总值", "超过 5000亿元", "x"}, {"GDP", "5%", "长一些的原文"}},
          {}};
  std::vector<std::string> rows = lines(render_text(t, 2, "", ""));
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0], "  指标          目标           原文");
  EXPECT_EQ(rows[1], "  地区生产总值  超过 5000亿元  x");
  EXPECT_EQ(rows[2], "  GDP           5%             长一些的原文");
}

TEST(Table, TextHeaderIsWrappedInStyleCodes) {
  Table t{{"a", "b"}, {}, {}};
  EXPECT_EQ(render_text(t, 2, "<", ">"), "  <a  b>\n");
}

}  // namespace
}  // namespace zz::report::detail
