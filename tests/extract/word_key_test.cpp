// Tests of word_key(), word_hash() and same_tail(): the keys the interner, the stop words and the
// IDF table compare words by.
#include "word_key.hpp"

#include <gtest/gtest.h>

#include <string>

namespace zz::extract {
namespace {

TEST(WordKey, AWordOfUpToSevenBytesIsItsWholeKey) {
  EXPECT_NE(word_key("株洲"), word_key("株"));
  EXPECT_NE(word_key("ab"), word_key(std::string("ab\0", 3)));  // the length tells them apart
  EXPECT_EQ(word_key("株洲"), word_key(std::string("株洲市", 6)));
  EXPECT_EQ(word_key(""), 0u);  // an empty slot's key in the tables: no word is empty
}

TEST(WordKey, LongerWordsShareAKeyWithTheSameStartAndLength) {
  // 长株潭一体化 and 长株潭一体系 (18 bytes) agree in their first 7 bytes: same key, different
  // hash.
  EXPECT_EQ(word_key("长株潭一体化"), word_key("长株潭一体系"));
  EXPECT_NE(word_hash(word_key("长株潭一体化"), "长株潭一体化"),
            word_hash(word_key("长株潭一体系"), "长株潭一体系"));
  EXPECT_FALSE(same_tail("长株潭一体化", "长株潭一体系"));
  EXPECT_TRUE(same_tail("长株潭一体化", "长株潭一体化"));
  EXPECT_NE(word_key("长株潭一体化"), word_key("长株潭一体"));  // the length differs
}

TEST(WordKey, LengthSaturatesAt255Bytes) {
  std::string a(300, 'x'), b(400, 'x');
  EXPECT_EQ(word_key(a), word_key(b));  // callers compare such words' lengths themselves
  EXPECT_NE(word_key(a), word_key(std::string(254, 'x')));
}

}  // namespace
}  // namespace zz::extract
