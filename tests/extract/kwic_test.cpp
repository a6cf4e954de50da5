// Tests of concordance(): occurrences, context widths, spans into the original.
#include "zzreport/extract/kwic.hpp"

#include <gtest/gtest.h>

#include "zzreport/text/utf8.hpp"

namespace zz::extract {
namespace {

/// The code points [begin, end) of `s`.
std::string code_points(const std::string& s, std::uint32_t begin, std::uint32_t end) {
  std::string out;
  std::size_t i = 0;
  for (std::uint32_t n = 0; i < s.size() && n < end; ++n) {
    std::size_t at = i;
    text::utf8::next_code_point(s, i);
    if (n >= begin) out += s.substr(at, i - at);
  }
  return out;
}

TEST(Concordance, GivesEachOccurrenceWithItsContextAndItsSpanInTheOriginal) {
  // Markdown bold is not text: the spans still point into the original, markup and all.
  std::string original = "# 报告\n\n推动**高质量发展**，实现高质量发展。\n";
  text::Document doc = text::load_document(original, "t.md");
  std::vector<Concordance> lines = concordance(doc, "高质量发展", 3);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0].left, " 推动");  // three characters: the heading's line break is a space
  EXPECT_EQ(lines[0].term, "高质量发展");
  EXPECT_EQ(lines[0].right, "，实现");
  EXPECT_EQ(lines[1].left, "，实现");
  EXPECT_EQ(code_points(doc.original, lines[0].span.begin, lines[0].span.end), "高质量发展");
  EXPECT_EQ(code_points(doc.original, lines[1].span.begin, lines[1].span.end), "高质量发展");
}

TEST(Concordance, JoinsParagraphsWithASpaceAndFindsNothingForNothing) {
  text::Document doc = text::load_document("第一段说改革。\n\n改革第二段。\n", "t.txt");
  std::vector<Concordance> lines = concordance(doc, "改革", 4);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[1].left, "改革。 ");
  EXPECT_TRUE(concordance(doc, "", 4).empty());
  EXPECT_TRUE(concordance(doc, "开放", 4).empty());
}

}  // namespace
}  // namespace zz::extract
