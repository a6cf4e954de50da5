// Tests of StringInterner: ids for distinct strings.
#include "string_interner.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace zz::extract {
namespace {

TEST(StringInterner, EqualTextsGetOneIdNumberedInOrderOfFirstSight) {
  std::string_view text = "株洲株洲市株洲";
  StringInterner interner;
  EXPECT_EQ(interner.intern(text.substr(0, 6)), (std::pair<std::uint32_t, bool>{0, true}));  // 株洲
  EXPECT_EQ(interner.intern(text.substr(6, 9)),
            (std::pair<std::uint32_t, bool>{1, true}));  // 株洲市
  EXPECT_EQ(interner.intern(text.substr(15, 6)),
            (std::pair<std::uint32_t, bool>{0, false}));  // 株洲 again
  EXPECT_EQ(interner.size(), 2u);
}

TEST(StringInterner, LongTextsDifferingOnlyPastTheKeyOrInLengthAreDistinct) {
  std::string a(300, 'x'), b(400, 'x'), c = std::string(299, 'x') + "y";
  std::string a2 = a;
  StringInterner interner;
  EXPECT_EQ(interner.intern(a).first, 0u);
  EXPECT_EQ(interner.intern(b).first, 1u);
  EXPECT_EQ(interner.intern(c).first, 2u);
  EXPECT_EQ(interner.intern(a2), (std::pair<std::uint32_t, bool>{0, false}));
}

TEST(StringInterner, GrowsPastItsExpectedSize) {
  std::string text;
  for (int i = 0; i < 1000; ++i) text += std::to_string(10000 + i);
  std::string_view view = text;
  StringInterner interner(4);
  for (std::uint32_t i = 0; i < 1000; ++i)
    ASSERT_EQ(interner.intern(view.substr(5 * i, 5)).first, i);
  for (std::uint32_t i = 0; i < 1000; ++i)
    ASSERT_FALSE(interner.intern(view.substr(5 * i, 5)).second);
}

}  // namespace
}  // namespace zz::extract
