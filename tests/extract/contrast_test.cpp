// Tests of contrast() and new_terms(): signs, order, ties, common and genre vocabulary.
#include "zzreport/extract/contrast.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "zzreport/extract/idf_table.hpp"

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

std::vector<std::string> terms(const std::vector<ContrastRow>& rows) {
  std::vector<std::string> out;
  for (const ContrastRow& row : rows) out.push_back(row.term);
  return out;
}

TEST(Contrast, ListsAPhraseNotThePartsThatNeverOccurApartFromIt) {
  TermBag a = bag({{"供给侧结构性改革", 9}, {"供给侧", 9}, {"侧结构性", 9}, {"结构性", 15}});
  TermBag b = bag({{"改革", 3}, {"宏观调控", 30}});
  std::vector<std::string> listed = terms(contrast(a, b, nullptr, {}).a);
  EXPECT_NE(std::find(listed.begin(), listed.end(), "供给侧结构性改革"), listed.end());
  EXPECT_EQ(std::find(listed.begin(), listed.end(), "供给侧"), listed.end());
  EXPECT_EQ(std::find(listed.begin(), listed.end(), "侧结构性"), listed.end());
  // 结构性 occurs apart from the phrase too: a term of its own.
  EXPECT_NE(std::find(listed.begin(), listed.end(), "结构性"), listed.end());
}

TEST(Contrast, GivesAPhraseAndThePartsMostlyInsideItOnePlace) {
  TermBag a = bag({{"经济平稳较快发展", 13},
                   {"平稳较快", 15},
                   {"较快", 19},
                   {"高质量发展", 19},
                   {"高质量", 26}});
  TermBag b = bag({{"较快", 1}, {"改革", 40}});
  std::vector<std::string> listed = terms(contrast(a, b, nullptr, {}).a);
  EXPECT_NE(std::find(listed.begin(), listed.end(), "经济平稳较快发展"), listed.end());
  EXPECT_EQ(std::find(listed.begin(), listed.end(), "平稳较快"), listed.end());
  EXPECT_EQ(std::find(listed.begin(), listed.end(), "较快"), listed.end());
  // 高质量 occurs 26 times against 19 of 高质量发展: more than a quarter apart from it.
  EXPECT_NE(std::find(listed.begin(), listed.end(), "高质量"), listed.end());
  EXPECT_NE(std::find(listed.begin(), listed.end(), "高质量发展"), listed.end());
}

TEST(Contrast, DoesNotSinkATermRareInTheBackgroundButFrequentInOneGroup) {
  // 农业税 is in 63 of 1,185 corpus reports, 比上 in 343: with the background alone as the prior,
  // 13 against 0 of the rare term ranked far below 26 against 0 of the common one.
  IdfTable background;
  background.load("#documents 1185\n农业税\t63\n比上\t343\n改革\t900\n", "test");
  TermBag a = bag({{"农业税", 13}, {"比上", 26}, {"改革", 50}});
  TermBag b = bag({{"改革", 60}});
  Contrast result = contrast(a, b, &background, {});
  ASSERT_EQ(result.a.size(), 2u);
  EXPECT_EQ(result.a[0].term, "比上");
  EXPECT_GT(result.a[1].z, 0.6 * result.a[0].z);
  ContrastOptions background_only;
  background_only.pooled_share = 0;
  Contrast before = contrast(a, b, &background, background_only);
  ASSERT_EQ(before.a.size(), 2u);
  EXPECT_LT(before.a[1].z, 0.6 * before.a[0].z);
}

TEST(Contrast, HoldsAPartCountedLessOftenThanItsPhrase) {
  // A part counts only where the phrase finder ended a phrase on it, so it can be counted less
  // often than the phrase it is part of.
  TermBag a = bag({{"改革", 40}});
  TermBag b = bag({{"习近平新时代中国特色社会主义思想", 178},
                   {"习近平新时代中国特色", 166},
                   {"社会主义思想", 141},
                   {"习近平", 620}});
  std::vector<std::string> listed = terms(contrast(a, b, nullptr, {}).b);
  EXPECT_NE(std::find(listed.begin(), listed.end(), "习近平新时代中国特色社会主义思想"),
            listed.end());
  EXPECT_EQ(std::find(listed.begin(), listed.end(), "习近平新时代中国特色"), listed.end());
  EXPECT_EQ(std::find(listed.begin(), listed.end(), "社会主义思想"), listed.end());
  EXPECT_NE(std::find(listed.begin(), listed.end(), "习近平"), listed.end());  // mostly apart
}

TEST(Contrast, LeavesOutCommonVocabularyByPeriodShare) {
  // 举措 is in 61% of the corpus's reports and 放管服 in 38% (the corpus is mostly of the 2010s),
  // but the reports of an average period use 举措 in 45% and 放管服 in 16%: only 放管服 is of an
  // era. Without period shares, only genre vocabulary (80% of the reports) is left out.
  IdfTable background;
  background.load(
      "#documents 1185\n#periods 8\n发展\t1185\t1000\n举措\t728\t452\n放管服\t451\t160\n", "test");
  TermBag a = bag({{"发展", 90}, {"宏观调控", 30}});
  TermBag b = bag({{"发展", 100}, {"举措", 20}, {"放管服", 7}});
  EXPECT_EQ(terms(contrast(a, b, &background, {}).b), std::vector<std::string>{"放管服"});
  EXPECT_EQ(terms(contrast(a, b, &background, {}).a), std::vector<std::string>{"宏观调控"});
  IdfTable without_periods;
  without_periods.load("#documents 1185\n发展\t1185\n举措\t728\n放管服\t451\n", "test");
  std::vector<std::string> listed = terms(contrast(a, b, &without_periods, {}).b);
  EXPECT_EQ(listed.size(), 2u);
  EXPECT_EQ(std::find(listed.begin(), listed.end(), "发展"), listed.end());
  std::vector<ContrastRow> fresh = new_terms(b, a, &background, {});
  ASSERT_EQ(fresh.size(), 1u);
  EXPECT_EQ(fresh[0].term, "放管服");
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
