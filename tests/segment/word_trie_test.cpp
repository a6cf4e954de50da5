// Tests of WordTrie: prefix matching, exact lookup, characters outside the BMP.
#include "word_trie.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace zz::segment::detail {
namespace {

WordTrie make_trie(const std::vector<std::u32string>& words) {
  std::vector<WordTrie::Key> keys;
  for (std::size_t i = 0; i < words.size(); ++i) {
    keys.push_back({words[i], static_cast<float>(i + 1), WordKind::word, static_cast<std::uint32_t>(i)});
  }
  WordTrie trie;
  trie.build(keys);
  return trie;
}

TEST(WordTrie, FindsEveryPrefixWordShortestFirst) {
  std::vector<std::u32string> words = {U"长", U"长株潭", U"长株潭一体化", U"长沙", U"𠀋"};
  std::sort(words.begin(), words.end());
  WordTrie trie = make_trie(words);
  std::u32string text = U"长株潭一体化发展";
  std::vector<std::size_t> lengths;
  trie.for_each_prefix(text.data(), text.size(), [&](std::size_t len, float, WordKind) { lengths.push_back(len); });
  EXPECT_EQ(lengths, (std::vector<std::size_t>{1, 3, 6}));
}

TEST(WordTrie, LooksUpExactWordsOnly) {
  std::vector<std::u32string> words = {U"专精特新", U"碳达峰", U"𠀋一"};
  std::sort(words.begin(), words.end());
  WordTrie trie = make_trie(words);
  EXPECT_EQ(trie.lookup(U"碳达峰").kind, WordKind::word);
  EXPECT_EQ(trie.lookup(U"碳达").kind, WordKind::none);
  EXPECT_EQ(trie.lookup(U"专精特新").id, 0U);
  EXPECT_EQ(trie.lookup(U"𠀋一").kind, WordKind::word);
  EXPECT_EQ(trie.lookup(U"湘赣边").kind, WordKind::none);
}

TEST(WordTrie, EmptyTrieMatchesNothing) {
  WordTrie trie;
  trie.build({});
  std::u32string text = U"株洲";
  int calls = 0;
  trie.for_each_prefix(text.data(), text.size(), [&](std::size_t, float, WordKind) { ++calls; });
  EXPECT_EQ(calls, 0);
}

}  // namespace
}  // namespace zz::segment::detail
