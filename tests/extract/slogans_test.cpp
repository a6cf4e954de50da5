// Tests of extract_slogans(): quoted terms and numbered formulations.
#include "zzreport/extract/slogans.hpp"

#include <gtest/gtest.h>

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
  EXPECT_TRUE(s->numeric);
  EXPECT_TRUE(s->quoted);
  EXPECT_EQ(s->count, 2u);
  ASSERT_EQ(s->spans.size(), 2u);
  EXPECT_EQ(s->spans[0].begin, 12u);
  const Slogan* g = find(all, "国之大者");
  ASSERT_NE(g, nullptr);
  EXPECT_FALSE(g->numeric);
  EXPECT_EQ(g->count, 1u);
  EXPECT_NE(find(all, "卡脖子"), nullptr);
  EXPECT_EQ(all.front().text, "国之大者");  // ordered by first occurrence
}

TEST(Slogans, SkipsLongQuotationsAndSingleCharacters) {
  std::vector<Slogan> all =
      slogans("强化“核”的担当，他说“我们要坚定不移地推进改革开放，不断前进”。");
  EXPECT_TRUE(all.empty());
}

TEST(Slogans, RecognisesNumberedFormulations) {
  EXPECT_TRUE(is_numbered_formulation("3+3+2"));
  EXPECT_TRUE(is_numbered_formulation("十百千"));
  EXPECT_TRUE(is_numbered_formulation("两个维护"));
  EXPECT_FALSE(is_numbered_formulation("国之大者"));
}

}  // namespace
}  // namespace zz::extract
