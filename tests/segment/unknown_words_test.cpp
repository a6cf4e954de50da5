// Tests of join_unknown_words(): runs of bound one-character tokens and runs of transliteration
// characters cut into rare pieces become one word, and nothing else.
#include "unknown_words.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace zz::segment::detail {
namespace {

/// A trie of one-character words, the bound ones marked.
struct Fixture {
  std::vector<std::u32string> words;
  WordTrie trie;
  Fixture(std::u32string_view bound_chars, std::u32string_view free_chars) {
    for (char32_t c : bound_chars) words.emplace_back(1, c);
    for (char32_t c : free_chars) words.emplace_back(1, c);
    std::sort(words.begin(), words.end());
    std::vector<WordTrie::Key> keys;
    for (const std::u32string& w : words) {
      keys.push_back(
          {w, 5, WordKind::word, 0, bound_chars.find(w[0]) != std::u32string_view::npos});
    }
    trie.build(keys);
  }
  /// A trie of words with their costs, none bound.
  explicit Fixture(std::vector<std::pair<std::u32string, float>> entries) {
    std::sort(entries.begin(), entries.end());
    for (auto& e : entries) words.push_back(e.first);
    std::vector<WordTrie::Key> keys;
    for (std::size_t i = 0; i < entries.size(); ++i) keys.push_back({words[i], entries[i].second});
    trie.build(keys);
  }
  /// `text` cut as `lengths` (all words), after the join.
  std::vector<std::u32string> join(std::u32string_view text,
                                   const std::vector<std::uint32_t>& lengths,
                                   TokenType type = TokenType::word) const {
    std::vector<PathStep> path;
    for (std::uint32_t n : lengths) path.push_back({n, type});
    join_unknown_words(trie, text.data(), path);
    std::vector<std::u32string> out;
    std::size_t k = 0;
    for (const PathStep& s : path) {
      out.emplace_back(text.substr(k, s.length));
      k += s.length;
    }
    return out;
  }
};

using Words = std::vector<std::u32string>;

TEST(UnknownWords, JoinsARunOfBoundCharacters) {
  Fixture f(U"克林顿", U"说的");
  EXPECT_EQ(f.join(U"克林顿说", {1, 1, 1, 1}), (Words{U"克林顿", U"说"}));
}

TEST(UnknownWords, LeavesFreeCharactersAndLongerWordsAlone) {
  Fixture f(U"克林顿", U"说的");
  EXPECT_EQ(f.join(U"的克说林", {1, 1, 1, 1}), (Words{U"的", U"克", U"说", U"林"}));
  // 克 then a two-character word: a single bound character is not a run.
  Fixture g(U"湘赣边", U"");
  EXPECT_EQ(g.join(U"湘赣边", {1, 2}), (Words{U"湘", U"赣边"}));
}

TEST(UnknownWords, LeavesRunsLongerThanAWordAlone) {
  Fixture f(U"一二三四五", U"");
  EXPECT_EQ(f.join(U"一二三四五", {1, 1, 1, 1, 1}), (Words{U"一", U"二", U"三", U"四", U"五"}));
  EXPECT_EQ(f.join(U"一二三四", {1, 1, 1, 1}), (Words{U"一二三四"}));
}

TEST(UnknownWords, JoinsTransliterationCharactersCutIntoRarePieces) {
  Fixture f({{U"拉", 12},
             {U"姆斯", 15},
             {U"菲", 12},
             {U"尔", 12},
             {U"德", 10},
             {U"巴拉", 14},
             {U"克", 9.6F},
             {U"说", 6}});
  EXPECT_EQ(f.join(U"拉姆斯菲尔德说", {1, 2, 1, 1, 1, 1}), (Words{U"拉姆斯菲尔德", U"说"}));
  EXPECT_EQ(f.join(U"说巴拉克", {1, 2, 1}), (Words{U"说", U"巴拉克"}));
}

TEST(UnknownWords, LeavesFrequentWordsAmongTransliterationCharactersAlone) {
  // 武汉 多 is ordinary text: its pieces cost (9.5 + 7) / 3 < 7.5 a character.
  Fixture f(
      {{U"武汉", 9.5F}, {U"多", 7}, {U"巴拉", 14}, {U"斯坦", 14}, {U"克", 9.6F}, {U"斯", 12}});
  EXPECT_EQ(f.join(U"武汉多", {2, 1}), (Words{U"武汉", U"多"}));
  // Two-character pieces only, or fewer than three characters: left alone.
  EXPECT_EQ(f.join(U"斯坦巴拉", {2, 2}), (Words{U"斯坦", U"巴拉"}));
  EXPECT_EQ(f.join(U"克斯", {1, 1}), (Words{U"克", U"斯"}));
}

TEST(UnknownWords, LeavesNumbersAlone) {
  Fixture f(U"三四", U"");
  EXPECT_EQ(f.join(U"三四", {1, 1}, TokenType::number), (Words{U"三", U"四"}));
}

}  // namespace
}  // namespace zz::segment::detail
