// Tests of icu_dictionary_words(): ICU's cjdict read as a word list, with the simplified forms of
// its traditional words.
#include "icu_dictionary.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace zz::segment::detail {
namespace {

const IcuWord* find(const std::vector<IcuWord>& words, std::u32string_view word) {
  auto it =
      std::lower_bound(words.begin(), words.end(), word,
                       [](const IcuWord& w, std::u32string_view key) { return w.word < key; });
  return it != words.end() && it->word == word ? &*it : nullptr;
}

TEST(IcuDictionary, AddsTheSimplifiedFormOfATraditionalWordAtItsCost) {
  // cjdict holds 縣委 and 本報 but not 县委 and 本报, which ICU alone cuts in simplified text.
  std::vector<IcuWord> words = icu_dictionary_words();
  const IcuWord* traditional = find(words, U"縣委");
  const IcuWord* simplified = find(words, U"县委");
  ASSERT_NE(traditional, nullptr);
  ASSERT_NE(simplified, nullptr);
  EXPECT_FALSE(traditional->folded);
  EXPECT_TRUE(simplified->folded);
  EXPECT_EQ(simplified->cost, traditional->cost);
  ASSERT_NE(find(words, U"本报"), nullptr);
}

TEST(IcuDictionary, KeepsTheDictionarysOwnSimplifiedEntriesAndListsEachWordOnce) {
  std::vector<IcuWord> words = icu_dictionary_words();
  const IcuWord* own = find(words, U"发展");  // in cjdict as written, beside 發展
  ASSERT_NE(own, nullptr);
  EXPECT_FALSE(own->folded);
  EXPECT_TRUE(
      std::adjacent_find(words.begin(), words.end(), [](const IcuWord& a, const IcuWord& b) {
        return a.word >= b.word;
      }) == words.end());
}

}  // namespace
}  // namespace zz::segment::detail
