// Tests of FlatMap: insertion, look-up, growth past its first capacity, clear, and the hashes.
#include "flat_map.hpp"

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

namespace zz::extract {
namespace {

TEST(FlatMap, InsertsOnceAndFindsWhatItHolds) {
  FlatMap<std::string_view, int, StringViewHash> map;
  auto [value, inserted] = map.try_emplace("株洲");
  EXPECT_TRUE(inserted);
  value = 7;
  EXPECT_FALSE(map.try_emplace("株洲").second);
  const int* found = map.find("株洲");
  EXPECT_EQ(found != nullptr ? *found : -1, 7);
  EXPECT_TRUE(map.find("湘潭") == nullptr);
  EXPECT_EQ(map.size(), 1u);
}

TEST(FlatMap, KeepsEveryKeyThroughGrowthAndClears) {
  FlatMap<std::uint64_t, std::uint64_t, IntegerHash> map(4);
  for (std::uint64_t k = 0; k < 10000; ++k) map.try_emplace(k * 7919).first = k;
  EXPECT_EQ(map.size(), 10000u);
  for (std::uint64_t k = 0; k < 10000; ++k) {
    const std::uint64_t* v = map.find(k * 7919);
    ASSERT_TRUE(v != nullptr);
    EXPECT_EQ(*v, k);
  }
  std::map<std::uint64_t, std::uint64_t> seen;
  map.for_each([&](std::uint64_t k, std::uint64_t v) { seen[k] = v; });
  EXPECT_EQ(seen.size(), 10000u);
  map.reset(2);
  EXPECT_EQ(map.size(), 0u);
  EXPECT_TRUE(map.find(7919) == nullptr);
  for (std::uint64_t k = 0; k < 100; ++k) map.try_emplace(k).first = k + 1;  // grows again
  EXPECT_EQ(map.size(), 100u);
  const std::uint64_t* last = map.find(99);
  ASSERT_TRUE(last != nullptr);
  EXPECT_EQ(*last, 100u);
}

TEST(FlatMap, HashOfBytesReadsEveryByteOfShortAndLongStrings) {
  // Strings that differ in one byte: first, middle or last of a 1-7 byte tail, or past an 8-byte
  // block.
  std::vector<std::string> texts = {"",          "a",        "b",       "ab",       "ba",
                                    "abc",       "abd",      "acc",     "abcd",     "abce",
                                    "abcdefg",   "abcdefh",  "bbcdefg", "abcdefgh", "abcdefgi",
                                    "abcdefghi", "abcdefghj"};
  for (std::size_t i = 0; i < texts.size(); ++i) {
    for (std::size_t j = i + 1; j < texts.size(); ++j) {
      EXPECT_NE(hash_bytes(texts[i]), hash_bytes(texts[j])) << texts[i] << " " << texts[j];
    }
  }
}

}  // namespace
}  // namespace zz::extract
