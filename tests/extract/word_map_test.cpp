// Tests of WordMap: one value per distinct word, kept across the table's growth.
#include "word_map.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace zz::extract {
namespace {

TEST(WordMap, EqualWordsShareOneValue) {
  std::string_view text = "株洲株洲市株洲";
  WordMap<int> map;
  auto [zhuzhou, inserted] = map.try_emplace(text.substr(0, 6));  // 株洲
  EXPECT_TRUE(inserted);
  EXPECT_EQ(zhuzhou, 0);  // value-initialised
  zhuzhou = 1;
  auto [city, city_inserted] = map.try_emplace(text.substr(6, 9));  // 株洲市
  EXPECT_TRUE(city_inserted);
  city = 2;
  auto [again, again_inserted] = map.try_emplace(text.substr(15, 6));  // 株洲 again
  EXPECT_FALSE(again_inserted);
  EXPECT_EQ(again, 1);
  EXPECT_EQ(map.size(), 2u);
}

TEST(WordMap, LongWordsDifferingOnlyPastTheKeyOrInLengthAreDistinct) {
  std::string a(300, 'x'), b(400, 'x'), c = std::string(299, 'x') + "y", d = "一二三四五";
  std::string e = "一二三四六";  // the same first 7 bytes and length as d
  std::string a2 = a, d2 = d;
  WordMap<int> map;
  int value = 0;
  for (const std::string* word : {&a, &b, &c, &d, &e}) {
    auto [v, inserted] = map.try_emplace(*word);
    EXPECT_TRUE(inserted) << *word;
    v = ++value;
  }
  EXPECT_EQ(map.try_emplace(a2).first, 1);
  EXPECT_FALSE(map.try_emplace(a2).second);
  EXPECT_EQ(map.try_emplace(d2).first, 4);
  EXPECT_EQ(map.size(), 5u);
}

TEST(WordMap, KeepsShortAndLongWordsAsItGrows) {
  std::vector<std::string> words;
  for (int i = 0; i < 1000; ++i) {
    words.push_back(std::to_string(10000 + i));                        // 5 bytes: the key whole
    words.push_back("长株潭" + std::to_string(10000 + i) + "一体化");  // past the key
  }
  WordMap<std::uint32_t> map(4);
  for (std::uint32_t i = 0; i < words.size(); ++i) {
    auto [v, inserted] = map.try_emplace(words[i]);
    ASSERT_TRUE(inserted) << words[i];
    v = i;
  }
  for (std::uint32_t i = 0; i < words.size(); ++i) {
    std::string copy = words[i];  // equal text elsewhere in memory
    auto [v, inserted] = map.try_emplace(copy);
    ASSERT_FALSE(inserted) << words[i];
    ASSERT_EQ(v, i);
  }
  EXPECT_EQ(map.size(), words.size());
}

TEST(WordMap, TheEmptyWordIsAWordToo) {
  WordMap<int> map;
  EXPECT_TRUE(map.try_emplace("").second);
  map.try_emplace("").first = 7;
  EXPECT_FALSE(map.try_emplace("").second);
  EXPECT_EQ(map.try_emplace("").first, 7);
  EXPECT_TRUE(map.try_emplace("a").second);
  EXPECT_EQ(map.size(), 2u);
}

}  // namespace
}  // namespace zz::extract
