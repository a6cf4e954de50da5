// Tests of join_derived_words(): a word and its derivational suffix become one word, and nothing
// else.
#include "derived_words.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace zz::segment::detail {
namespace {

using Words = std::vector<std::u32string>;

/// `text` cut as `lengths` (word tokens unless `types` says otherwise), after the join.
Words join(std::u32string_view text, const std::vector<std::uint32_t>& lengths,
           const std::vector<TokenType>& types = {}) {
  std::vector<PathStep> path;
  for (std::size_t i = 0; i < lengths.size(); ++i) {
    path.push_back({lengths[i], i < types.size() ? types[i] : TokenType::word});
  }
  join_derived_words(text.data(), path);
  Words out;
  std::size_t k = 0;
  for (const PathStep& s : path) {
    out.emplace_back(text.substr(k, s.length));
    k += s.length;
  }
  return out;
}

TEST(DerivedWords, JoinsAWordAndItsSuffix) {
  EXPECT_EQ(join(U"保护消费者权益", {2, 2, 1, 2}), (Words{U"保护", U"消费者", U"权益"}));
  EXPECT_EQ(join(U"坚持社会主义", {2, 2, 2}), (Words{U"坚持", U"社会主义"}));
  EXPECT_EQ(join(U"调动积极性", {2, 2, 1}), (Words{U"调动", U"积极性"}));
  EXPECT_EQ(join(U"无家可归者", {4, 1}), (Words{U"无家可归者"}));
}

TEST(DerivedWords, LeavesOneCharacterStemsNumbersAndOtherWordsAlone) {
  EXPECT_EQ(join(U"这性", {1, 1}), (Words{U"这", U"性"}));
  EXPECT_EQ(join(U"三者", {1, 1}, {TokenType::number, TokenType::word}), (Words{U"三", U"者"}));
  EXPECT_EQ(join(U"中国人", {2, 1}), (Words{U"中国", U"人"}));  // 人 is not a suffix here
  EXPECT_EQ(join(U"发展性别", {2, 2}), (Words{U"发展", U"性别"}));
  // A five-character word is not a stem.
  EXPECT_EQ(join(U"五个字的词者", {5, 1}), (Words{U"五个字的词", U"者"}));
}

TEST(DerivedWords, KnowsTheSuffixes) {
  EXPECT_TRUE(is_derivational_suffix(U"者", 1));
  EXPECT_TRUE(is_derivational_suffix(U"主义", 2));
  EXPECT_FALSE(is_derivational_suffix(U"主", 1));
  EXPECT_FALSE(is_derivational_suffix(U"人", 1));
}

}  // namespace
}  // namespace zz::segment::detail
