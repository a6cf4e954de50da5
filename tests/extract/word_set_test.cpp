// Tests of WordSet: every occurrence in text order, longer words first, against a plain search.
#include "word_set.hpp"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <utility>
#include <vector>

namespace zz::extract {
namespace {

using Hits = std::vector<std::pair<std::uint32_t, std::size_t>>;

Hits hits_of(const WordSet& set, std::string_view text) {
  Hits out;
  set.for_each(text, [&](std::uint32_t at, std::size_t word) {
    out.emplace_back(at, word);
    return true;
  });
  return out;
}

/// The same by brute force: at each code point, every word that starts there, longest first.
Hits brute_force(const std::vector<std::string_view>& words, std::string_view text) {
  Hits out;
  for (std::uint32_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    Hits here;
    for (std::size_t k = 0; k < words.size(); ++k) {
      if (!words[k].empty() && text.compare(i, words[k].size(), words[k]) == 0)
        here.emplace_back(i, k);
    }
    std::stable_sort(here.begin(), here.end(), [&](const auto& a, const auto& b) {
      return words[a.second].size() > words[b.second].size();
    });
    out.insert(out.end(), here.begin(), here.end());
  }
  return out;
}

TEST(WordSet, FindsLongerWordsFirstAtOnePosition) {
  std::vector<std::string_view> words = {"三", "三个代表", "三严三实", "三个", "5G", "5", ""};
  WordSet set(words);
  Hits h = hits_of(set, "坚持三个代表，5G");
  ASSERT_EQ(h.size(), 5u);
  EXPECT_EQ(h[0], (std::pair<std::uint32_t, std::size_t>{6, 1}));  // 三个代表
  EXPECT_EQ(h[1].second, 3u);                                      // 三个
  EXPECT_EQ(h[2].second, 0u);                                      // 三
  EXPECT_EQ(h[3].second, 4u);                                      // 5G
  EXPECT_EQ(h[4].second, 5u);                                      // 5
  EXPECT_EQ(set.match_at("三严三实", 0), 2);
  EXPECT_EQ(set.match_at("三", 0), 0);
  EXPECT_EQ(set.match_at("四", 0), -1);
  EXPECT_EQ(set.match_at("三", 3), -1);
}

TEST(WordSet, StopsWhenAskedTo) {
  std::vector<std::string_view> words = {"发展"};
  WordSet set(words);
  int calls = 0;
  set.for_each("发展发展发展", [&](std::uint32_t, std::size_t) { return ++calls < 2; });
  EXPECT_EQ(calls, 2);
}

TEST(WordSet, AgreesWithAPlainSearch) {
  // Many words sharing first characters (the numbered formulations of a long file), random text.
  const std::vector<std::string> alphabet = {"三", "个", "代", "表", "严", "实",
                                             "四", "a",  "1",  "，", "𠀀"};
  std::mt19937 random(7);
  auto pick = [&](std::size_t n) {
    std::string s;
    for (std::size_t k = 0; k < n; ++k) s += alphabet[random() % alphabet.size()];
    return s;
  };
  std::vector<std::string> storage;
  for (int k = 0; k < 400; ++k) storage.push_back(pick(1 + random() % 5));
  std::vector<std::string_view> words(storage.begin(), storage.end());
  WordSet set(words);
  for (int round = 0; round < 20; ++round) {
    std::string text = pick(300);
    ASSERT_EQ(hits_of(set, text), brute_force(words, text)) << text;
  }
}

}  // namespace
}  // namespace zz::extract
