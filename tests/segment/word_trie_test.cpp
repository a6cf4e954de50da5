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
    keys.push_back(
        {words[i], static_cast<float>(i + 1), WordKind::word, static_cast<std::uint32_t>(i)});
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
  trie.for_each_prefix(text.data(), text.size(),
                       [&](std::size_t len, float, WordKind) { lengths.push_back(len); });
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

TEST(WordTrie, ReadsBackWhatItWrote) {
  std::vector<std::u32string> words = {U"长", U"长株潭", U"长株潭一体化", U"长沙", U"𠀋", U"𠀋一"};
  std::sort(words.begin(), words.end());
  WordTrie trie = make_trie(words);
  std::string bytes;
  trie.write(bytes);
  bytes += "tail";
  std::string_view in = bytes;
  WordTrie copy;
  ASSERT_TRUE(copy.read(in));
  EXPECT_EQ(in, "tail");
  for (const std::u32string& w : words) {
    WordTrie::Found a = trie.lookup(w);
    WordTrie::Found b = copy.lookup(w);
    EXPECT_EQ(a.cost, b.cost);
    EXPECT_EQ(a.kind, b.kind);
  }
  EXPECT_EQ(copy.lookup(U"长株").kind, WordKind::none);
  std::string again;
  copy.write(again);
  EXPECT_EQ(again + "tail", bytes);
}

TEST(WordTrie, RejectsTruncatedOrInconsistentBytes) {
  std::vector<std::u32string> words = {U"长", U"长株潭", U"长沙"};
  WordTrie trie = make_trie(words);
  std::string bytes;
  trie.write(bytes);
  for (std::size_t n = 0; n < bytes.size(); ++n) {
    std::string_view in(bytes.data(), n);
    WordTrie copy;
    EXPECT_FALSE(copy.read(in)) << n;
    EXPECT_TRUE(copy.empty());
  }
  // A child range pointing outside the nodes (the first child of node 0 at bytes 8+4..8+8).
  std::string bad = bytes;
  bad[12] = '\x7F';
  std::string_view in = bad;
  WordTrie copy;
  EXPECT_FALSE(copy.read(in));
}

}  // namespace
}  // namespace zz::segment::detail
