// Tests of display_width(), truncate_to_width() and pad_to_width().
#include "zzreport/report/display_width.hpp"

#include <gtest/gtest.h>

namespace zz::report {
namespace {

TEST(DisplayWidth, CountsAsciiAsOneColumn) { EXPECT_EQ(display_width("GDP 5%"), 6u); }

TEST(DisplayWidth, CountsHanAndFullwidthPunctuationAsTwo) {
  EXPECT_EQ(display_width("株洲"), 4u);
  EXPECT_EQ(display_width("目标。，"), 8u);
  EXPECT_EQ(display_width("５Ｇ"), 4u);  // fullwidth forms
}

TEST(DisplayWidth, CountsAmbiguousQuotesAndSymbolsAsOne) {
  EXPECT_EQ(display_width("“三高四新”"), 10u);
  EXPECT_EQ(display_width("≥ 5"), 3u);
  EXPECT_EQ(display_width("…"), 1u);
}

TEST(DisplayWidth, CountsCombiningMarksAndControlsAsZero) {
  EXPECT_EQ(display_width("e\xCC\x81"), 1u);  // e + COMBINING ACUTE ACCENT
  EXPECT_EQ(display_width("a\x1b"), 1u);
  EXPECT_EQ(display_width("\xE2\x80\x8B"), 0u);  // ZERO WIDTH SPACE
}

TEST(DisplayWidth, CountsInvalidBytesAsOneEach) { EXPECT_EQ(display_width("a\xFF\xFE"), 3u); }

TEST(DisplayWidth, CountsSupplementaryIdeographsAsTwo) {
  EXPECT_EQ(display_width("\xF0\xA0\x80\x80"), 2u);
}

TEST(TruncateToWidth, KeepsTextThatFits) { EXPECT_EQ(truncate_to_width("株洲市", 6), "株洲市"); }

TEST(TruncateToWidth, CutsAtCharacterBoundaryAndAddsEllipsis) {
  EXPECT_EQ(truncate_to_width("株洲市人民政府", 6), "株洲…");
  EXPECT_EQ(truncate_to_width("株洲市人民政府", 5), "株洲…");
  EXPECT_LE(display_width(truncate_to_width("株洲市人民政府", 5)), 5u);
  EXPECT_EQ(truncate_to_width("abcdef", 4), "abc…");
}

TEST(TruncateToWidth, ZeroWidthGivesEmpty) { EXPECT_EQ(truncate_to_width("株洲", 0), ""); }

TEST(PadToWidth, PadsByDisplayColumns) {
  EXPECT_EQ(pad_to_width("株洲", 6), "株洲  ");
  EXPECT_EQ(pad_to_width("ab", 6), "ab    ");
  EXPECT_EQ(pad_to_width("株洲市", 4), "株洲市");
}

}  // namespace
}  // namespace zz::report
