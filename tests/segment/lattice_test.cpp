// Tests of the lattice's best path: cheaper words win, numbers and unknown characters.
#include "lattice.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace zz::segment::detail {
namespace {

struct Fixture {
  std::vector<std::u32string> words;
  WordTrie trie;
  Fixture(std::vector<std::pair<std::u32string, float>> entries) {
    std::sort(entries.begin(), entries.end());
    for (auto& e : entries) words.push_back(e.first);
    std::vector<WordTrie::Key> keys;
    for (std::size_t i = 0; i < entries.size(); ++i) keys.push_back({words[i], entries[i].second});
    trie.build(keys);
  }
  std::vector<std::u32string> cut(std::u32string_view text, const std::uint32_t* icu = nullptr,
                                  bool coarse = true, float token_cost = 0.0F) const {
    LatticeScratch scratch;
    std::vector<PathStep> path;
    best_path(trie, EdgeCosts{}, text.data(), text.size(), icu, coarse, token_cost, scratch, path);
    std::vector<std::u32string> out;
    std::size_t k = 0;
    for (const PathStep& s : path) {
      out.emplace_back(text.substr(k, s.length));
      k += s.length;
    }
    return out;
  }
};

TEST(Lattice, PrefersTheCheapestSequence) {
  Fixture f({{U"长株潭", 8}, {U"一体化", 7}, {U"长株", 9}, {U"潭一", 12}, {U"体化", 12}});
  EXPECT_EQ(f.cut(U"长株潭一体化"), (std::vector<std::u32string>{U"长株潭", U"一体化"}));
}

TEST(Lattice, UnknownCharactersStandAlone) {
  Fixture f({{U"株洲", 8}});
  EXPECT_EQ(f.cut(U"株洲湘赣"), (std::vector<std::u32string>{U"株洲", U"湘", U"赣"}));
}

TEST(Lattice, UsesIcuWordsWhereTheLexiconHasNone) {
  Fixture f({});
  std::u32string text = U"营商环境";
  std::uint32_t icu[] = {2, 0, 2, 0};
  EXPECT_EQ(f.cut(text, icu), (std::vector<std::u32string>{U"营商", U"环境"}));
}

TEST(Lattice, FineGranularityKeepsALexiconWordFromRejoiningANumberAndItsUnit) {
  Fixture f({{U"一", 5}, {U"个", 5}, {U"三个", 4}, {U"人", 5}});
  using Words = std::vector<std::u32string>;
  EXPECT_EQ(f.cut(U"三个人", nullptr, false), (Words{U"三", U"个", U"人"}));
  EXPECT_EQ(f.cut(U"三个人", nullptr, true), (Words{U"三个", U"人"}));
}

TEST(Lattice, AnOrdinalTakesNoClassifierInEitherGranularity) {
  Fixture f({{U"第", 5}, {U"条", 8}, {U"一个", 4}, {U"个", 5}});
  using Words = std::vector<std::u32string>;
  EXPECT_EQ(f.cut(U"第三十条", nullptr, true), (Words{U"第三十", U"条"}));
  EXPECT_EQ(f.cut(U"第一个", nullptr, true), (Words{U"第一", U"个"}));
  EXPECT_EQ(f.cut(U"第一个", nullptr, false), (Words{U"第一", U"个"}));
  EXPECT_EQ(f.cut(U"三十条", nullptr, true), (Words{U"三十条"}));  // a count keeps its classifier
}

TEST(Lattice, NoLexiconWordStartsWithTheNumeralOfAnOrdinal) {
  // 三步 and 一缕 are cheap words, but after 第 the numeral is the ordinal's (第三 步, 第一 缕);
  // a word that starts at 第 itself (第一线) is still one.
  Fixture f({{U"第", 5}, {U"三步", 1}, {U"步", 8}, {U"一缕", 1}, {U"缕", 8}, {U"第一线", 2}});
  using Words = std::vector<std::u32string>;
  EXPECT_EQ(f.cut(U"第三步", nullptr, true), (Words{U"第三", U"步"}));
  EXPECT_EQ(f.cut(U"第一缕", nullptr, false), (Words{U"第一", U"缕"}));
  EXPECT_EQ(f.cut(U"第一线", nullptr, true), (Words{U"第一线"}));
  EXPECT_EQ(f.cut(U"三步", nullptr, true), (Words{U"三步"}));
}

TEST(Lattice, TheTokenCostFavoursFewerWords) {
  // 新年 (cost 10) against 新 + 年 (4 + 5.5): two tokens win on the costs alone, one with a cost of
  // 1 per token.
  Fixture f({{U"新", 4}, {U"年", 5.5F}, {U"新年", 10}});
  using Words = std::vector<std::u32string>;
  EXPECT_EQ(f.cut(U"新年", nullptr, true, 0.0F), (Words{U"新", U"年"}));
  EXPECT_EQ(f.cut(U"新年", nullptr, true, 1.0F), (Words{U"新年"}));
}

TEST(Lattice, ChineseNumbersAreNumberTokens) {
  Fixture f({{U"一", 5}, {U"九", 6}, {U"年", 5}});
  LatticeScratch scratch;
  std::vector<PathStep> path;
  std::u32string text = U"一九七七年";
  best_path(f.trie, EdgeCosts{}, text.data(), text.size(), nullptr, true, 0.0F, scratch, path);
  ASSERT_EQ(path.size(), 1U);
  EXPECT_EQ(path[0].type, TokenType::number);
}

}  // namespace
}  // namespace zz::segment::detail
