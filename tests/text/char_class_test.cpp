// Tests of the character classes every stage shares, is_han() first: its one definition.
#include "zzreport/text/char_class.hpp"

#include <gtest/gtest.h>

namespace zz::text {
namespace {

TEST(CharClass, HanCoversTheIdeographBlocksAndTheNumeralZero) {
  EXPECT_TRUE(is_han(U'中'));
  EXPECT_TRUE(is_han(U'〇'));    // U+3007, a numeral: 二〇三五年
  EXPECT_TRUE(is_han(0x3400));   // extension A
  EXPECT_TRUE(is_han(0xF900));   // compatibility ideographs
  EXPECT_TRUE(is_han(0x20000));  // extension B
  EXPECT_TRUE(is_han(0x3134A));  // extension G
  EXPECT_FALSE(is_han(U'a'));
  EXPECT_FALSE(is_han(U'，'));
  EXPECT_FALSE(is_han(U'○'));  // U+25CB, a geometric shape (the segmenter's runs take it)
  EXPECT_FALSE(is_han(U'ー'));
}

}  // namespace
}  // namespace zz::text
