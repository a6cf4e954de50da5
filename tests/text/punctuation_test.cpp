// Tests of fold_punctuation().
#include "punctuation.hpp"

#include <gtest/gtest.h>

#include "char_rules.hpp"

namespace zz::text {
namespace {

std::string folded(std::string_view s) {
  CharLine line = test::to_line(s);
  fold_punctuation(line);
  return test::to_utf8(line);
}

TEST(Punctuation, WidensMarksBetweenChineseCharacters) {
  EXPECT_EQ(folded("各位代表,同志们!"), "各位代表，同志们！");
  EXPECT_EQ(folded("主要是:发展;改革?"), "主要是：发展；改革？");
  EXPECT_EQ(folded("1500亿元,提升"), "1500亿元，提升");
}

TEST(Punctuation, WidensBracketPairsTogether) {
  EXPECT_EQ(folded("(一)突出"), "（一）突出");
  EXPECT_EQ(folded("(1)加强"), "（1）加强");
  EXPECT_EQ(folded("党组织(党组)的"), "党组织（党组）的");
}

TEST(Punctuation, KeepsAsciiMarksInLatinAndNumbers) {
  EXPECT_EQ(folded("1,500"), "1,500");
  EXPECT_EQ(folded("11:20"), "11:20");
  EXPECT_EQ(folded("3.6 : 48 : 48.4"), "3.6 : 48 : 48.4");
  EXPECT_EQ(folded("GDP,5G"), "GDP,5G");
  EXPECT_EQ(folded("f(x)"), "f(x)");
}

}  // namespace
}  // namespace zz::text
