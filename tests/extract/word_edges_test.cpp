// Tests of word_start_at(): the segmenter's word boundary at or before a position.
#include "word_edges.hpp"

#include <gtest/gtest.h>

#include <string>

namespace zz::extract {
namespace {

TEST(WordEdges, MovesAPositionInsideAWordToItsStart) {
  const segment::Segmenter segmenter;  // ICU's dictionary words
  const std::string text = "提请人民代表大会审议";
  const text::ByteRange all{0, static_cast<std::uint32_t>(text.size())};
  const std::uint32_t inside = 3;  // after 提, inside 提请
  EXPECT_EQ(word_start_at(segmenter, text, all, inside), 0u);
  const std::uint32_t boundary = 6;  // after 提请
  EXPECT_EQ(word_start_at(segmenter, text, all, boundary), boundary);
  // Outside the stretch segmented, or at its edges: the position itself.
  EXPECT_EQ(word_start_at(segmenter, text, {3, 12}, 3), 3u);
  EXPECT_EQ(word_start_at(segmenter, text, all, all.end), all.end);
}

}  // namespace
}  // namespace zz::extract
