// Tests of StringInterner: ids for the distinct substrings of one text.
#include "string_interner.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace zz::extract {
namespace {

TEST(StringInterner, EqualTextsGetOneIdNumberedInOrderOfFirstSight) {
  std::string text = "株洲株洲市株洲";
  StringInterner interner(text);
  EXPECT_EQ(interner.intern(0, 6), (std::pair<std::uint32_t, bool>{0, true}));    // 株洲
  EXPECT_EQ(interner.intern(6, 15), (std::pair<std::uint32_t, bool>{1, true}));   // 株洲市
  EXPECT_EQ(interner.intern(15, 21), (std::pair<std::uint32_t, bool>{0, false}));  // 株洲 again
  EXPECT_EQ(interner.size(), 2u);
}

TEST(StringInterner, LongTextsDifferingOnlyPastTheKeyOrInLengthAreDistinct) {
  std::string a(300, 'x'), b(400, 'x'), c = std::string(299, 'x') + "y";
  std::string text = a + b + c + a;
  StringInterner interner(text);
  EXPECT_EQ(interner.intern(0, 300).first, 0u);
  EXPECT_EQ(interner.intern(300, 700).first, 1u);
  EXPECT_EQ(interner.intern(700, 1000).first, 2u);
  EXPECT_EQ(interner.intern(1000, 1300), (std::pair<std::uint32_t, bool>{0, false}));
}

TEST(StringInterner, GrowsPastItsExpectedSize) {
  std::string text;
  for (int i = 0; i < 1000; ++i) text += std::to_string(10000 + i);
  StringInterner interner(text, 4);
  for (std::uint32_t i = 0; i < 1000; ++i) ASSERT_EQ(interner.intern(5 * i, 5 * i + 5).first, i);
  for (std::uint32_t i = 0; i < 1000; ++i) ASSERT_FALSE(interner.intern(5 * i, 5 * i + 5).second);
}

}  // namespace
}  // namespace zz::extract
