// Tests of the HTML page: self-contained, one mark per target and achievement, rows that link to
// them, marks that nest where the spans cross, the index page.
#include <gtest/gtest.h>

#include <regex>
#include <set>
#include <string>
#include <vector>

#include "html_text.hpp"
#include "sample_report.hpp"
#include "zzreport/report/html.hpp"

namespace zz::report {
namespace {

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

/// Whether the <mark>, <span> and <strong> elements of `html` nest: every close tag closes the last
/// open one.
bool nests(const std::string& html) {
  std::vector<std::string> open;
  std::regex tag("<(/?)(mark|span|strong)\\b[^>]*>");
  for (auto it = std::sregex_iterator(html.begin(), html.end(), tag); it != std::sregex_iterator();
       ++it) {
    if ((*it)[1].length() == 0) {
      open.push_back((*it)[2]);
    } else {
      if (open.empty() || open.back() != (*it)[2]) return false;
      open.pop_back();
    }
  }
  return open.empty();
}

TEST(HtmlWriter, WritesASelfContainedChinesePage) {
  testing::SampleReport sample;
  std::string html = to_html(sample.input());
  EXPECT_EQ(html.rfind("<!DOCTYPE html>\n<html lang=\"zh-CN\">", 0), 0u);
  EXPECT_NE(html.find("<title>株洲市党代会报告</title>"), std::string::npos);
  EXPECT_NE(html.find("<style>"), std::string::npos);
  EXPECT_NE(html.find("<script>"), std::string::npos);
  // Nothing is fetched: no external script, style sheet, image or font.
  EXPECT_EQ(html.find(" src="), std::string::npos);
  EXPECT_EQ(html.find("<link"), std::string::npos);
  EXPECT_EQ(html.find("url("), std::string::npos);
  EXPECT_EQ(html.find("@import"), std::string::npos);
  EXPECT_EQ(html.substr(html.size() - 8), "</html>\n");
}

TEST(HtmlWriter, MarksEveryTargetAndAchievementOnceAndLinksEachRowToItsMark) {
  testing::SampleReport sample;
  std::string html = to_html(sample.input());
  EXPECT_EQ(count(html, "<mark data-kind=\"target\""), 2u);
  EXPECT_EQ(count(html, "<mark data-kind=\"achievement\""), 1u);
  EXPECT_EQ(count(html, "<tr id=\"row-q"), 3u);
  // Every in-page link has its element; a mention has neither a mark nor a row.
  std::set<std::string> ids;
  std::regex id(" id=\"([^\"]+)\"");
  for (auto it = std::sregex_iterator(html.begin(), html.end(), id); it != std::sregex_iterator();
       ++it)
    ids.insert((*it)[1]);
  std::regex href("href=\"#([^\"]+)\"");
  std::size_t links = 0;
  for (auto it = std::sregex_iterator(html.begin(), html.end(), href); it != std::sregex_iterator();
       ++it) {
    EXPECT_TRUE(ids.contains((*it)[1])) << (*it)[1];
    ++links;
  }
  EXPECT_GE(links, 3u);
  EXPECT_TRUE(ids.contains("q0") && ids.contains("q1") && ids.contains("q2"));
  EXPECT_FALSE(ids.contains("q3"));
  EXPECT_NE(html.find("<tr id=\"row-q0\""), std::string::npos);
  EXPECT_NE(html.find("<a href=\"#q0\">"), std::string::npos);
}

TEST(HtmlWriter, ListsTargetsFirstThoseOfACanonicalIndicatorFirstOfAll) {
  testing::SampleReport sample;
  sample.analysis.quantities[1].indicator_id = "gdp";
  std::string html = to_html(sample.input());
  std::size_t q1 = html.find("<tr id=\"row-q1\"");
  std::size_t q0 = html.find("<tr id=\"row-q0\"");
  std::size_t q2 = html.find("<tr id=\"row-q2\"");
  ASSERT_NE(q1, std::string::npos);
  EXPECT_LT(q1, q0);
  EXPECT_LT(q0, q2);
}

TEST(HtmlText, NestsMarksWhoseSpansCrossAndKeepsEveryOne) {
  // The sample's quotes cross: 7-23 and 22-33, 22-33 and 28-38; a formulation runs 30-34.
  testing::SampleReport sample;
  std::string text = detail::marked_text(sample.doc, sample.analysis);
  EXPECT_TRUE(nests(text)) << text;
  EXPECT_EQ(count(text, "<mark data-kind=\"target\""), 2u);
  EXPECT_EQ(count(text, "<mark data-kind=\"achievement\""), 1u);
  EXPECT_EQ(count(text, "<mark data-kind=\"slogan\""), 2u);  // 三高四新 twice; 神24 is a name
  EXPECT_EQ(count(text, "<strong id=\"sec-"), 2u);
  EXPECT_EQ(count(text, "<span class=\"warn\""), 1u);
  // The text itself is all there, in order, once the markup is taken out.
  EXPECT_EQ(std::regex_replace(text, std::regex("<[^>]*>"), ""),
            "一、总体要求\n力争地区生产总值超过5000亿元。");
}

TEST(HtmlText, EscapesTheTextAndDropsCarriageReturns) {
  text::Document doc;
  doc.original = "a<b>&c\r\nd";
  extract::Analysis analysis;
  EXPECT_EQ(detail::marked_text(doc, analysis), "a&lt;b&gt;&amp;c\nd");
}

TEST(HtmlText, KeepsAMarkWhoseSpanRunsPastTheText) {
  testing::SampleReport sample;
  sample.analysis.quantities[2].quote_span = {28, 400};
  std::string text = detail::marked_text(sample.doc, sample.analysis);
  EXPECT_TRUE(nests(text)) << text;
  EXPECT_EQ(count(text, "<mark data-kind=\"achievement\""), 1u);
}

TEST(HtmlWriter, WritesOnlyTheSelectedParts) {
  testing::SampleReport sample;
  Selection only;
  only = parse_selection("targets");
  std::string html = to_html(sample.input(only));
  EXPECT_EQ(count(html, "<tr id=\"row-q"), 2u);
  EXPECT_EQ(html.find("id=\"keywords\""), std::string::npos);
  EXPECT_EQ(html.find("id=\"warnings\""), std::string::npos);
}

TEST(HtmlIndex, ListsAndLinksEveryPageInOrder) {
  testing::SampleReport sample;
  HtmlIndexEntry first = html_index_entry(sample.input(), "zhuzhou.html");
  EXPECT_EQ(first.targets, 2u);
  EXPECT_EQ(first.achievements, 1u);
  EXPECT_EQ(first.formulations, 1u);
  EXPECT_EQ(first.warnings, 1u);
  HtmlIndexEntry second;
  second.href = "a&b.html";
  second.path = "reports/a&b.txt";
  second.region = "河北省";
  second.year = 2020;
  std::string html = html_index({first, second});
  EXPECT_EQ(html.rfind("<!DOCTYPE html>\n<html lang=\"zh-CN\">", 0), 0u);
  std::size_t a = html.find("<a href=\"zhuzhou.html\">株洲市党代会报告</a>");
  std::size_t b = html.find("<a href=\"a&amp;b.html\">reports/a&amp;b.txt</a>");
  ASSERT_NE(a, std::string::npos);
  ASSERT_NE(b, std::string::npos);
  EXPECT_LT(a, b);
  EXPECT_NE(html.find("<td class=\"num\">2020</td>"), std::string::npos);
}

}  // namespace
}  // namespace zz::report
