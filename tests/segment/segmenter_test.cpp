// Tests of Segmenter end to end: coverage, types, numbers, Latin words, user words, threads.
#include "zzreport/segment/segmenter.hpp"

#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

#include "zzreport/segment/lexicon.hpp"

namespace zz::segment {
namespace {

struct Cut {
  std::vector<std::string> words;
  std::vector<TokenType> types;
};

Cut cut(const Segmenter& segmenter, std::string_view text) {
  std::vector<Token> tokens;
  segmenter.segment(text, tokens);
  Cut out;
  std::uint32_t pos = 0;
  for (const Token& t : tokens) {
    EXPECT_EQ(t.begin, pos) << "tokens leave a gap or overlap";
    pos = t.end;
    out.words.emplace_back(text.substr(t.begin, t.end - t.begin));
    out.types.push_back(t.type);
  }
  EXPECT_EQ(pos, text.size());
  return out;
}

TokenType type_of(const Cut& c, std::string_view word) {
  for (std::size_t i = 0; i < c.words.size(); ++i) {
    if (c.words[i] == word) return c.types[i];
  }
  ADD_FAILURE() << "no token " << word;
  return TokenType::space;
}

TEST(Segmenter, MergesNumbersWithUnitsAcrossScripts) {
  Segmenter segmenter;
  Cut c = cut(segmenter, "2035年GDP达到5000亿元，增长70%，新建2-3个园区。");
  EXPECT_EQ(type_of(c, "2035年"), TokenType::number);
  EXPECT_EQ(type_of(c, "GDP"), TokenType::latin);
  EXPECT_EQ(type_of(c, "5000亿元"), TokenType::number);
  EXPECT_EQ(type_of(c, "70%"), TokenType::number);
  EXPECT_EQ(type_of(c, "2-3个"), TokenType::number);
  EXPECT_EQ(type_of(c, "，"), TokenType::punctuation);
}

TEST(Segmenter, SignedRatesAndTemperaturesAreOneNumber) {
  Segmenter segmenter;
  Cut c = cut(segmenter, "增长-13.8%，最低－9℃，增长6.5%-7%");
  EXPECT_EQ(type_of(c, "-13.8%"), TokenType::number);
  EXPECT_EQ(type_of(c, "－9"), TokenType::number);
  EXPECT_EQ(type_of(c, "6.5%"), TokenType::number);
  EXPECT_EQ(type_of(c, "-"), TokenType::punctuation);
}

TEST(Segmenter, NumberMergedIntoAnIcuWordLeavesTheRestAsItsOwnToken) {
  // ICU reads 3+2_ as 3, +, 2_; the number rule takes 3+2 (a fuzz finding: the tokens overlapped).
  Segmenter segmenter;
  Cut c = cut(segmenter, "3+2_");
  EXPECT_EQ(c.words, (std::vector<std::string>{"3+2", "_"}));
  EXPECT_EQ(c.types[1], TokenType::punctuation);
  c = cut(segmenter, "1-2ab");
  EXPECT_EQ(c.words.front(), "1");
}

TEST(Segmenter, FineGranularitySplitsTheUnit) {
  SegmenterOptions options;
  options.granularity = Granularity::fine;
  Segmenter segmenter(nullptr, options);
  Cut c = cut(segmenter, "5000亿元");
  EXPECT_EQ(c.words, (std::vector<std::string>{"5000亿", "元"}));
}

TEST(Segmenter, KeepsLatinDigitWordsWhole) {
  Segmenter segmenter;
  Cut c = cut(segmenter, "建成5G基站，PM2.5浓度下降");
  EXPECT_EQ(type_of(c, "5G"), TokenType::latin);
  EXPECT_EQ(type_of(c, "PM2.5"), TokenType::latin);
}

TEST(Segmenter, QuotedNumberedFormulationIsASlogan) {
  Segmenter segmenter;
  Cut c = cut(segmenter, "落实“三高四新”战略");
  EXPECT_EQ(type_of(c, "三高四新"), TokenType::slogan);
}

TEST(Segmenter, LexiconSlogansAreTyped) {
  Lexicon lexicon;
  lexicon.load_text("四个全面 500 slogan\n", "x", LexiconLayer::shipped);
  Segmenter segmenter(&lexicon);
  EXPECT_EQ(type_of(cut(segmenter, "协调推进四个全面战略布局"), "四个全面"), TokenType::slogan);
}

TEST(Segmenter, UserWordTakesEffect) {
  Lexicon lexicon;
  lexicon.load_text("长株 900\n潭 800\n一体化 900\n", "shipped", LexiconLayer::shipped);
  lexicon.load_text("长株潭\n", "user", LexiconLayer::user);
  Segmenter segmenter(&lexicon);
  Cut c = cut(segmenter, "长株潭一体化");
  EXPECT_EQ(c.words, (std::vector<std::string>{"长株潭", "一体化"}));
}

TEST(Segmenter, ChineseDashIsOneMark) {
  Segmenter segmenter;
  Cut c = cut(segmenter, "新年——贺词……");
  EXPECT_EQ(type_of(c, "——"), TokenType::punctuation);
  EXPECT_EQ(type_of(c, "……"), TokenType::punctuation);
}

TEST(Segmenter, SpacesAndEmptyText) {
  Segmenter segmenter;
  EXPECT_TRUE(cut(segmenter, "").words.empty());
  Cut c = cut(segmenter, "株洲  市\n");
  EXPECT_EQ(type_of(c, "  "), TokenType::space);
}

TEST(Segmenter, LongHanRunIsCutAsEachOfItsParts) {
  // 50,000 characters without punctuation are segmented window by window; a window's end must
  // not cut a word (高质量发展 at the end of a window stays whole). 23 characters a period, so the
  // windows end at every phase of it.
  Lexicon lexicon;
  lexicon.load_text(
      "发展 900\n经济 800\n改善 700\n民生 700\n推进 700\n高质量发展 600\n建设 800\n"
      "现代化 700\n新 500\n株洲 600\n",
      "x", LexiconLayer::shipped);
  Segmenter segmenter(&lexicon);
  const std::string period = "发展经济改善民生推进高质量发展建设现代化新株洲";
  std::vector<std::string> expected = cut(segmenter, period).words;
  std::string text;
  for (int i = 0; i < 2200; ++i) text += period;
  std::vector<std::string> words = cut(segmenter, text).words;
  ASSERT_EQ(words.size(), expected.size() * 2200);
  for (std::size_t i = 0; i < words.size(); ++i)
    ASSERT_EQ(words[i], expected[i % expected.size()]) << i;
}

TEST(Segmenter, NumeralLongerThanAWindowStaysOneToken) {
  Segmenter segmenter;
  std::string nines;
  for (int i = 0; i < 20000; ++i) nines += "九";
  Cut c = cut(segmenter, "增长" + nines + "万元");
  EXPECT_EQ(type_of(c, nines + "万元"), TokenType::number);
}

TEST(Segmenter, SameResultOnSeveralThreads) {
  Lexicon lexicon;
  lexicon.load_text("株洲 100\n长株潭 50\n", "x", LexiconLayer::shipped);
  Segmenter segmenter(&lexicon);
  std::string text = "株洲市2021年GDP增长8%，长株潭一体化加快。";
  Cut expected = cut(segmenter, text);
  std::vector<std::thread> threads;
  std::vector<Cut> results(4);
  for (int i = 0; i < 4; ++i) {
    threads.emplace_back([&, i] { results[static_cast<std::size_t>(i)] = cut(segmenter, text); });
  }
  for (std::thread& t : threads) t.join();
  for (const Cut& r : results) EXPECT_EQ(r.words, expected.words);
}

}  // namespace
}  // namespace zz::segment
