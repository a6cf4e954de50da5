// Tests of is_traditional() and TraditionalFolder.
#include "traditional.hpp"

#include <gtest/gtest.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <memory>

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
  for (char32_t c : {U'著', U'俱', U'乾', U'瞭', U'阪', U'砲', U'於'})
    EXPECT_FALSE(is_traditional(c));
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

TEST(Traditional, FoldsAsIcusTransliteratorDoes) {
  // The generated table stands in for ICU's Hant-Hans transliterator: same result for every
  // character it holds (regenerate with scripts/gen-traditional-set.sh after an ICU upgrade).
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Transliterator> icu_fold(
      icu::Transliterator::createInstance("Hant-Hans", UTRANS_FORWARD, status));
  ASSERT_TRUE(U_SUCCESS(status)) << u_errorName(status);
  TraditionalFolder folder;
  int count = 0;
  for (char32_t c = 0x2E80; c < 0x30000; ++c) {
    if (!is_traditional(c)) {
      EXPECT_EQ(folder.fold(c), c);
      continue;
    }
    ++count;
    icu::UnicodeString text(static_cast<UChar32>(c));
    icu_fold->transliterate(text);
    ASSERT_EQ(text.countChar32(), 1) << static_cast<unsigned>(c);
    EXPECT_EQ(folder.fold(c), static_cast<char32_t>(text.char32At(0))) << static_cast<unsigned>(c);
    EXPECT_NE(folder.fold(c), c);
  }
  EXPECT_GT(count, 2000);
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
