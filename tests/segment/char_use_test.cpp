// Tests of CharUse: characters alone against inside longer words, bound and free characters.
#include "char_use.hpp"

#include <gtest/gtest.h>

namespace zz::segment::detail {
namespace {

TEST(CharUse, ShareIsUsesAloneOverAllUses) {
  CharUse uses;
  uses.add(U"等", 9);
  uses.add(U"平等", 1);
  uses.add(U"克", 1);
  uses.add(U"克林顿", 9);
  EXPECT_DOUBLE_EQ(uses.alone_share(U'等'), 0.9);
  EXPECT_DOUBLE_EQ(uses.alone_share(U'克'), 0.1);
  EXPECT_DOUBLE_EQ(uses.alone_share(U'林'), 0.0);
}

TEST(CharUse, MostlyAloneIsFreeRarelyAloneIsBound) {
  CharUse uses;
  uses.add(U"等", 9);
  uses.add(U"平等", 1);
  uses.add(U"克", 1);
  uses.add(U"克林顿", 9);
  uses.add(U"者", 3);
  uses.add(U"学者", 5);  // alone 3 of 8: neither bound nor free
  EXPECT_TRUE(uses.is_free(U'等'));
  EXPECT_FALSE(uses.is_bound(U'等'));
  EXPECT_TRUE(uses.is_bound(U'克'));
  EXPECT_FALSE(uses.is_free(U'克'));
  EXPECT_FALSE(uses.is_free(U'者'));
  EXPECT_FALSE(uses.is_bound(U'者'));
}

TEST(CharUse, CharacterNeverCountedIsNeitherBoundNorFree) {
  CharUse empty;
  EXPECT_FALSE(empty.is_bound(U'等'));
  EXPECT_FALSE(empty.is_free(U'等'));
  CharUse uses;
  uses.add(U"等", 1);
  EXPECT_FALSE(uses.is_bound(U'和'));
  EXPECT_FALSE(uses.is_free(U'和'));
  EXPECT_FALSE(uses.is_free(U'\U0010FFFF'));
}

}  // namespace
}  // namespace zz::segment::detail
