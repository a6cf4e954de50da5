// Tests of contrast() and new_terms(): signs, order, ties, genre vocabulary.
#include "zzreport/extract/contrast.hpp"

#include <gtest/gtest.h>

namespace zz::extract {
namespace {

TermBag bag(std::initializer_list<std::pair<const char*, std::uint64_t>> counts) {
  TermBag out;
  out.documents = 1;
  out.han_characters = 1000;
  for (auto [term, count] : counts) out.counts[term] = {count, 1};
  return out;
}

TEST(Contrast, PutsTheTermsOfEachSideOnItsSideStrongestFirst) {
  TermBag a = bag({{"科学发展观", 16}, {"宏观调控", 30}, {"改革", 50}, {"发展", 100}});
  TermBag b = bag({{"脱贫攻坚", 13}, {"高质量发展", 19}, {"改革", 52}, {"发展", 101}});
  Contrast result = contrast(a, b, nullptr, {});
  ASSERT_EQ(result.a.size(), 2u);
  EXPECT_EQ(result.a[0].term, "宏观调控");  // more evidence: 30 against 0 beats 16 against 0
  EXPECT_EQ(result.a[1].term, "科学发展观");
  EXPECT_GT(result.a[1].z, 0);
  ASSERT_GE(result.b.size(), 2u);
  EXPECT_EQ(result.b[0].term, "高质量发展");
  EXPECT_LT(result.b[0].z, 0);
  EXPECT_EQ(result.b[0].count_b, 19u);
  EXPECT_EQ(result.b[0].count_a, 0u);
}

TEST(Contrast, ListsAtMostTopPerSide) {
  TermBag a = bag({{"甲", 5}, {"乙乙", 6}, {"丙丙", 7}});
  TermBag b = bag({{"丁丁", 5}});
  ContrastOptions options;
  options.top = 2;
  EXPECT_EQ(contrast(a, b, nullptr, options).a.size(), 2u);
}

TEST(NewTerms, AreInANeverInBAndAtLeastTwiceMostFrequentFirst) {
  TermBag a = bag({{"新质生产力", 5}, {"低空经济", 2}, {"一次", 1}, {"改革", 9}});
  TermBag b = bag({{"改革", 3}});
  std::vector<ContrastRow> rows = new_terms(a, b, nullptr, {});
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].term, "新质生产力");
  EXPECT_EQ(rows[1].term, "低空经济");
}

TEST(TermBag, AddsCountsDocumentsAndCharacters) {
  TermBag total = bag({{"改革", 2}});
  total.add(bag({{"改革", 3}, {"开放", 1}}));
  EXPECT_EQ(total.counts["改革"].count, 5u);
  EXPECT_EQ(total.counts["改革"].documents, 2u);
  EXPECT_EQ(total.documents, 2u);
  EXPECT_EQ(total.han_characters, 2000u);
}

}  // namespace
}  // namespace zz::extract
