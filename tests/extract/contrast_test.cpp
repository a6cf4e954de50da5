// Tests of contrast() and new_terms(): signs, order, ties, common and genre vocabulary, eras.
#include "zzreport/extract/contrast.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "token_helper.hpp"
#include "zzreport/extract/idf_table.hpp"
#include "zzreport/extract/period_table.hpp"
#include "zzreport/extract/stop_words.hpp"

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
  Contrast result = contrast(a, b, {}, {});
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
  EXPECT_EQ(contrast(a, b, {}, options).a.size(), 2u);
}

std::vector<std::string> terms(const std::vector<ContrastRow>& rows) {
  std::vector<std::string> out;
  for (const ContrastRow& row : rows) out.push_back(row.term);
  return out;
}

TEST(Contrast, ListsAPhraseNotThePartsThatNeverOccurApartFromIt) {
  TermBag a = bag({{"供给侧结构性改革", 9}, {"供给侧", 9}, {"侧结构性", 9}, {"结构性", 15}});
  TermBag b = bag({{"改革", 3}, {"宏观调控", 30}});
  std::vector<std::string> listed = terms(contrast(a, b, {}, {}).a);
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
  std::vector<std::string> listed = terms(contrast(a, b, {}, {}).a);
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
  Contrast result = contrast(a, b, {&background}, {});
  ASSERT_EQ(result.a.size(), 2u);
  EXPECT_EQ(result.a[0].term, "比上");
  EXPECT_GT(result.a[1].z, 0.6 * result.a[0].z);
  ContrastOptions background_only;
  background_only.pooled_share = 0;
  Contrast before = contrast(a, b, {&background}, background_only);
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
  std::vector<std::string> listed = terms(contrast(a, b, {}, {}).b);
  EXPECT_NE(std::find(listed.begin(), listed.end(), "习近平新时代中国特色社会主义思想"),
            listed.end());
  EXPECT_EQ(std::find(listed.begin(), listed.end(), "习近平新时代中国特色"), listed.end());
  EXPECT_EQ(std::find(listed.begin(), listed.end(), "社会主义思想"), listed.end());
  EXPECT_NE(std::find(listed.begin(), listed.end(), "习近平"), listed.end());  // mostly apart
}

/// A period table of eight periods of 100 reports each (1955-1994, then five-year spans).
const char* kEightPeriods =
    "#period_years 1955-1994 1995-1999 2000-2004 2005-2009 2010-2014 2015-2019 2020-2024 "
    "2025-2029\n#period_documents 100 100 100 100 100 100 100 100\n";

TEST(Contrast, LeavesOutCommonVocabularyByPeriodShare) {
  // 举措 is in 61% of the corpus's reports and 放管服 in 38% (the corpus is mostly of the 2010s),
  // but the reports of an average period use 举措 in 45% and 放管服 in 16%: only 放管服 is of an
  // era. Without period shares, only genre vocabulary (80% of the reports) is left out.
  IdfTable idf;
  idf.load("#documents 1185\n发展\t1185\n举措\t728\n放管服\t451\n", "test");
  PeriodTable periods;
  periods.load(std::string(kEightPeriods) +
                   "发展\t100,100,100,100,100,100,100,100\n举措\t45,45,45,45,45,45,46,46\n"
                   "放管服\t0,0,0,0,0,28,100,0\n",
               "test");
  ContrastBackground background{&idf, &periods};
  TermBag a = bag({{"发展", 90}, {"宏观调控", 30}});
  TermBag b = bag({{"发展", 100}, {"举措", 20}, {"放管服", 7}});
  EXPECT_EQ(terms(contrast(a, b, background, {}).b), std::vector<std::string>{"放管服"});
  EXPECT_EQ(terms(contrast(a, b, background, {}).a), std::vector<std::string>{"宏观调控"});
  std::vector<std::string> listed = terms(contrast(a, b, {&idf}, {}).b);
  EXPECT_EQ(listed.size(), 2u);
  EXPECT_EQ(std::find(listed.begin(), listed.end(), "发展"), listed.end());
  std::vector<ContrastRow> fresh = new_terms(b, a, background, {});
  ASSERT_EQ(fresh.size(), 1u);
  EXPECT_EQ(fresh[0].term, "放管服");
}

TermBag of_years(TermBag bag, std::initializer_list<int> years) {
  bag.documents = years.size();
  for (int year : years) ++bag.years[year];
  return bag;
}

TEST(Contrast, BetweenTimesListsOnlyTermsTheBackgroundsReportsOfThatTimeUseMore) {
  // Three reports of 2004-2006 against three of 2019-2021. 大幅 and 务必 happen to be absent from
  // the first three, but the corpus's reports of both times use them alike; 六稳 and 农业税 are of
  // one time; 小规模 is too rare for the period table, which does not judge it; 改革 is common.
  PeriodTable periods;
  periods.load(std::string(kEightPeriods) +
                   "大幅\t0,0,20,44,47,52,57,39\n务必\t9,9,28,28,15,15,14,12\n"
                   "六稳\t0,0,0,0,0,6,60,0\n农业税\t0,5,41,40,2,0,0,0\n"
                   "改革\t100,100,100,100,100,100,100,100\n",
               "test");
  TermBag a = of_years(bag({{"农业税", 13}, {"改革", 50}}), {2004, 2005, 2006});
  TermBag b_terms = bag({{"大幅", 17}, {"务必", 6}, {"六稳", 5}, {"小规模", 6}, {"改革", 50}});
  TermBag b = of_years(b_terms, {2019, 2020, 2021});
  Contrast result = contrast(a, b, {nullptr, &periods}, {});
  EXPECT_EQ(terms(result.a), std::vector<std::string>{"农业税"});
  EXPECT_EQ(terms(result.b), (std::vector<std::string>{"小规模", "六稳"}));
  // Within one time (a report of 2019 among the others), every term's background is alike: the
  // rule does not apply.
  TermBag b_with_2006 = of_years(b_terms, {2006, 2019, 2020});
  std::vector<std::string> listed = terms(contrast(a, b_with_2006, {nullptr, &periods}, {}).b);
  EXPECT_NE(std::find(listed.begin(), listed.end(), "大幅"), listed.end());
  // Nor for groups without years.
  listed = terms(contrast(bag({{"农业税", 13}, {"改革", 50}}), b, {nullptr, &periods}, {}).b);
  EXPECT_NE(std::find(listed.begin(), listed.end(), "大幅"), listed.end());
}

TEST(DocumentTerms, CountsAPhraseAlsoWithTheStopWordThatOpensIt) {
  StopWords stop;
  stop.add("全面");
  stop.add("的");
  std::string text;
  std::vector<segment::Token> tokens =
      testing::split_tokens("全面|深化|改革|，|全面|深化|改革|，|深化|改革|的|任务", text);
  text::Document doc;
  doc.text = text;
  TermBag bag = document_terms(doc, tokens, &stop);
  EXPECT_EQ(bag.counts["深化改革"].count, 3u);
  EXPECT_EQ(bag.counts["深化改革"].prefix, 0u);
  EXPECT_EQ(bag.counts["全面深化改革"].count, 2u);
  EXPECT_EQ(bag.counts["全面深化改革"].prefix, std::string("全面").size());
  EXPECT_FALSE(bag.counts.contains("的任务"));  // a stop word of one character opens nothing
}

TermBag with_opener(TermBag bag, const std::string& term, std::uint32_t prefix) {
  bag.counts[term].prefix = prefix;
  return bag;
}

TEST(Contrast, ListsAPhraseWithItsOpeningStopWordOnlyWhenNearlyAlwaysSaidSo) {
  const auto two = static_cast<std::uint32_t>(std::string("全面").size());
  // 建设小康社会 follows 全面 in every use: the formula's name is listed in its place.
  TermBag a = with_opener(bag({{"全面建设小康社会", 11}, {"建设小康社会", 11}, {"改革", 50}}),
                          "全面建设小康社会", two);
  // 科学发展观 follows 落实 in 11 of 14 uses: a verb and its object; the term is 科学发展观.
  a = with_opener(a, "落实科学发展观", two);
  a.counts["落实科学发展观"].count = 11;
  a.counts["科学发展观"].count = 14;
  TermBag b = bag({{"改革", 50}});
  std::vector<std::string> listed = terms(contrast(a, b, {}, {}).a);
  EXPECT_NE(std::find(listed.begin(), listed.end(), "全面建设小康社会"), listed.end());
  EXPECT_EQ(std::find(listed.begin(), listed.end(), "建设小康社会"), listed.end());
  EXPECT_NE(std::find(listed.begin(), listed.end(), "科学发展观"), listed.end());
  EXPECT_EQ(std::find(listed.begin(), listed.end(), "落实科学发展观"), listed.end());
  // Nor is a phrase with its opener new where the phrase is.
  std::vector<ContrastRow> fresh = new_terms(a, b, {}, {});
  for (const ContrastRow& row : fresh) {
    EXPECT_NE(row.term, "全面建设小康社会");
    EXPECT_NE(row.term, "落实科学发展观");
  }
}

TEST(NewTerms, AreInANeverInBAndAtLeastTwiceMostFrequentFirst) {
  TermBag a = bag({{"新质生产力", 5}, {"低空经济", 2}, {"一次", 1}, {"改革", 9}});
  TermBag b = bag({{"改革", 3}});
  std::vector<ContrastRow> rows = new_terms(a, b, {}, {});
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
