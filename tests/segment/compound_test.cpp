// Tests of is_compound(): known words as pieces, free characters as pieces only at either end.
#include "compound.hpp"

#include <gtest/gtest.h>

#include <set>
#include <string>

#include "char_use.hpp"

namespace zz::segment::detail {
namespace {

class IsCompound : public ::testing::Test {
 protected:
  IsCompound() {
    uses_.add(U"等", 9);  // free: mostly alone
    uses_.add(U"平等", 1);
    uses_.add(U"及", 9);  // free
    uses_.add(U"者", 1);  // not free: mostly inside 学者
    uses_.add(U"学者", 9);
  }
  bool compound(std::u32string_view word) const {
    return is_compound(
        word, [&](std::u32string_view w) { return known_.count(std::u32string(w)) != 0; },
        [&](char32_t cp, bool last) { return uses_.is_free(cp) || (last && cp == U'下'); });
  }
  std::set<std::u32string> known_{U"经济", U"发展", U"服饰", U"不锈钢", U"相关", U"劳动"};
  CharUse uses_;
};

TEST_F(IsCompound, KnownWordsOfTwoCharactersOrMoreArePieces) {
  EXPECT_TRUE(compound(U"经济发展"));
  EXPECT_FALSE(compound(U"经济"));    // the word itself is not two pieces
  EXPECT_FALSE(compound(U"湘赣边"));  // 边 is neither known nor free
}

TEST_F(IsCompound, KnownWordWithFreeCharacterAtAnEndIsCompound) {
  EXPECT_TRUE(compound(U"服饰等"));
  EXPECT_TRUE(compound(U"不锈钢等"));
  EXPECT_TRUE(compound(U"及相关"));
  EXPECT_TRUE(compound(U"经济发展等"));
}

TEST_F(IsCompound, ACharacterFreeOnlyAtTheEndIsAPieceOnlyThere) {
  EXPECT_TRUE(compound(U"发展下"));
  EXPECT_FALSE(compound(U"下发展"));
}

TEST_F(IsCompound, FreeCharacterInsideIsNotAPiece) {
  EXPECT_FALSE(compound(U"经济等发展"));
  EXPECT_FALSE(compound(U"发展及经济"));
}

TEST_F(IsCompound, FreeCharacterWithUnknownRestOrBoundCharacterIsNotCompound) {
  EXPECT_FALSE(compound(U"家电等"));  // 家电 is not known
  EXPECT_FALSE(compound(U"劳动者"));  // 者 mostly stands inside words
}

}  // namespace
}  // namespace zz::segment::detail
