// Tests of the SVG charts: escaping, one bar per item, stacking, legends, lines broken at gaps.
#include "zzreport/report/svg.hpp"

#include <gtest/gtest.h>

#include <string>

namespace zz::report::svg {
namespace {

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

TEST(Svg, EscapesMarkupInTextAndAttributes) {
  EXPECT_EQ(escape("a<b>&\"c\"'d'"), "a&lt;b&gt;&amp;&quot;c&quot;&#39;d&#39;");
  EXPECT_EQ(escape("三高四新"), "三高四新");
}

TEST(BarChart, DrawsABarPerItemWithItsTotalAndTitle) {
  BarChart chart{"关键词 <top>", {{"出现次数", "keyword"}}, {{"三高四新", {5}}, {"裂变", {10}}}};
  std::string svg = bar_chart(chart);
  EXPECT_EQ(svg.rfind("<svg ", 0), 0u);
  EXPECT_NE(svg.find("role=\"img\""), std::string::npos);
  EXPECT_NE(svg.find("<title>关键词 &lt;top&gt;</title>"), std::string::npos);
  EXPECT_EQ(count(svg, "<rect class=\"keyword\""), 2u);
  EXPECT_NE(svg.find(">10</text>"), std::string::npos);
  EXPECT_NE(svg.find(">5</text>"), std::string::npos);
  // The longest bar spans the whole bar area (300 px); the other is half as long.
  EXPECT_NE(svg.find("width=\"300\""), std::string::npos);
  EXPECT_NE(svg.find("width=\"150\""), std::string::npos);
  // One series: no legend swatch besides the bars.
  EXPECT_EQ(count(svg, "<rect "), 2u);
  EXPECT_EQ(svg.substr(svg.size() - 6), "</svg>");
}

TEST(BarChart, StacksSeriesWithALegendAndSkipsZeroAndNegativeValues) {
  BarChart chart{
      "章节", {{"目标", "target"}, {"成绩", "achievement"}}, {{"一、", {3, 1}}, {"二、", {0, -2}}}};
  std::string svg = bar_chart(chart);
  EXPECT_EQ(count(svg, "<rect class=\"target\""), 2u);       // a bar and the legend swatch
  EXPECT_EQ(count(svg, "<rect class=\"achievement\""), 2u);  // likewise; -2 draws nothing
  EXPECT_NE(svg.find(">目标</text>"), std::string::npos);
  EXPECT_NE(svg.find(">4</text>"), std::string::npos);
  EXPECT_NE(svg.find(">0</text>"), std::string::npos);
}

TEST(BarChart, IsEmptyWithoutBars) { EXPECT_EQ(bar_chart({"空", {{"a", "b"}}, {}}), ""); }

TEST(LineChart, BreaksALineWhereAYearHasNoValueAndMarksPoints) {
  LineChart chart{
      "gdp_growth",
      "%",
      {{{"目标", "target"},
        {{2019, 6.5, "", ""}, {2020, std::nullopt, "", ""}, {2021, 6.0, "", ""}}},
       {{"实际", "outcome"}, {{2019, 6.1, "met", "2019 实际 6.1%"}, {2021, 8.1, "met", ""}}}}};
  std::string svg = line_chart(chart);
  EXPECT_EQ(count(svg, "<path "), 2u);
  // The target line restarts after 2020 (two moves).
  std::size_t target_path = svg.find("<path class=\"line target\"");
  ASSERT_NE(target_path, std::string::npos);
  std::string d = svg.substr(target_path, svg.find("/>", target_path) - target_path);
  EXPECT_EQ(count(d, "M"), 2u);
  // The outcome line has no point for 2020: it is broken there too, not drawn across the gap.
  std::size_t outcome_path = svg.find("<path class=\"line outcome\"");
  ASSERT_NE(outcome_path, std::string::npos);
  EXPECT_EQ(count(svg.substr(outcome_path, svg.find("/>", outcome_path) - outcome_path), "M"), 2u);
  EXPECT_EQ(count(svg, "<circle "), 4u);
  EXPECT_NE(svg.find("<title>2019 实际 6.1%</title>"), std::string::npos);
  EXPECT_NE(svg.find(">2020</text>"), std::string::npos);  // every year of the axis
  EXPECT_NE(svg.find("class=\"outcome met\""), std::string::npos);
}

TEST(LineChart, IsEmptyWithoutValues) {
  EXPECT_EQ(line_chart({"x", "%", {{{"目标", "target"}, {{2020, std::nullopt, "", ""}}}}}), "");
}

}  // namespace
}  // namespace zz::report::svg
