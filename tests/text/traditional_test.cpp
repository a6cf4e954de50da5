// Tests of is_traditional() and TraditionalFolder.
#include "traditional.hpp"

#include <gtest/gtest.h>

#include "char_rules.hpp"

namespace zz::text {
namespace {

TEST(Traditional, KnowsTraditionalCharacters) {
  EXPECT_TRUE(is_traditional(U'來'));
  EXPECT_TRUE(is_traditional(U'們'));
  EXPECT_TRUE(is_traditional(U'龍'));
  EXPECT_FALSE(is_traditional(U'来'));
  EXPECT_FALSE(is_traditional(U'a'));
}

TEST(Traditional, LeavesCharactersOfSimplifiedTextAlone) {
  // ICU changes these, but simplified text uses them: 显著, 俱乐部, 乾隆, 瞭望, 大阪, 砲台镇.
  for (char32_t c : {U'著', U'俱', U'乾', U'瞭', U'阪', U'砲', U'於'}) EXPECT_FALSE(is_traditional(c));
}

TEST(Traditional, FoldsOneCharacterForOne) {
  TraditionalFolder folder;
  CharLine line = test::to_line("五年來我們");
  std::vector<Span> folded;
  folder.fold_line(line, folded);
  EXPECT_EQ(test::to_utf8(line), "五年来我们");
  ASSERT_EQ(folded.size(), 2u);
  EXPECT_EQ(folded[0], (Span{2, 3}));
  EXPECT_EQ(folded[1], (Span{4, 5}));
}

TEST(Traditional, MergesAdjacentCharactersIntoOneSpan) {
  TraditionalFolder folder;
  CharLine line = test::to_line("發展經濟");
  std::vector<Span> folded;
  folder.fold_line(line, folded);
  EXPECT_EQ(test::to_utf8(line), "发展经济");
  ASSERT_EQ(folded.size(), 2u);  // 發 | 展 is simplified already | 經濟
  EXPECT_EQ(folded[0], (Span{0, 1}));
  EXPECT_EQ(folded[1], (Span{2, 4}));
}

}  // namespace
}  // namespace zz::text
