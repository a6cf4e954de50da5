// Tests of extract_slogans(): quoted terms and numbered formulations.
#include "zzreport/extract/slogans.hpp"

#include <gtest/gtest.h>

#include "zzreport/text/data_file.hpp"

namespace zz::extract {
namespace {

std::vector<Slogan> slogans(std::string_view text) {
  text::Document doc = text::load_document(text, "t");
  return extract_slogans(doc);
}

const Slogan* find(const std::vector<Slogan>& all, std::string_view text) {
  for (const Slogan& s : all)
    if (s.text == text) return &s;
  return nullptr;
}

TEST(Slogans, FindsQuotedTermsWithCountsAndSpans) {
  std::vector<Slogan> all =
      slogans("服务“国之大者”，实施“三高四新”战略。深入实施三高四新战略，突破“卡脖子”技术。");
  const Slogan* s = find(all, "三高四新");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->type, SloganType::numbered);
  EXPECT_TRUE(s->quoted);
  EXPECT_EQ(s->count, 2u);
  ASSERT_EQ(s->spans.size(), 2u);
  EXPECT_EQ(s->spans[0].begin, 12u);
  const Slogan* g = find(all, "国之大者");
  ASSERT_NE(g, nullptr);
  EXPECT_NE(g->type, SloganType::numbered);
  EXPECT_EQ(g->count, 1u);
  EXPECT_NE(find(all, "卡脖子"), nullptr);
  EXPECT_EQ(all.front().text, "国之大者");  // ordered by first occurrence
}

TEST(Slogans, SkipsLongQuotationsAndSingleCharacters) {
  std::vector<Slogan> all =
      slogans("强化“核”的担当，他说“我们要坚定不移地推进改革开放，不断前进”。");
  EXPECT_TRUE(all.empty());
}

TEST(Slogans, FindsUnquotedOccurrencesOfNumberedFormulationsOnly) {
  // 一网通办 holds a numeral but counts nothing: its unquoted occurrence is not looked for.
  std::vector<Slogan> all = slogans("实施“三高四新”战略，推进“一网通办”。三高四新，一网通办。");
  ASSERT_NE(find(all, "三高四新"), nullptr);
  EXPECT_EQ(find(all, "三高四新")->count, 2u);
  ASSERT_NE(find(all, "一网通办"), nullptr);
  EXPECT_EQ(find(all, "一网通办")->count, 1u);
}

TEST(Slogans, ANameHeadAfterAListOfQuotedTermsNamesThemAll) {
  QuotedTermRules rules = QuotedTermRules::parse(text::DataFile("name_head\t工程\n", "rules"));
  text::Document doc = text::load_document("加快实施“碧水”、“蓝天”工程，坚持“节约”。", "t");
  std::vector<Slogan> all = extract_slogans(doc, {.rules = &rules});
  ASSERT_EQ(all.size(), 3u);
  EXPECT_EQ(all[0].type, SloganType::name);
  EXPECT_EQ(all[1].type, SloganType::name);
  EXPECT_EQ(all[2].type, SloganType::slogan);  // no evidence that 节约 is an ordinary word
}

}  // namespace
}  // namespace zz::extract
