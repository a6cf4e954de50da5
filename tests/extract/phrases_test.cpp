// Tests of find_phrases(): recurring, cohesive sequences with balanced quotation marks.
#include "phrases.hpp"

#include <gtest/gtest.h>

#include <map>

#include "token_helper.hpp"

namespace zz::extract {
namespace {

std::vector<std::string> phrases_of(std::string_view marked) {
  std::string text;
  std::vector<segment::Token> tokens = testing::split_tokens(marked, text);
  std::vector<Unit> units;
  collect_units(text, tokens, nullptr, units);
  std::map<std::string, std::uint32_t> id_of;
  std::vector<std::uint32_t> ids, counts;
  std::map<std::uint32_t, std::string> text_of;
  for (const Unit& u : units) {
    std::string s(text.substr(u.begin, u.end - u.begin));
    auto [it, inserted] = id_of.emplace(s, static_cast<std::uint32_t>(counts.size()));
    if (inserted) counts.push_back(0);
    ++counts[it->second];
    ids.push_back(it->second);
    text_of[it->second] = s;
  }
  std::vector<std::string> out;
  for (const Gram& g : find_phrases(text, units, ids, counts)) {
    std::string s;
    for (std::size_t k = 0; k < g.n; ++k) s += text_of[g.ids[k]];
    out.push_back(s);
  }
  std::sort(out.begin(), out.end());
  return out;
}

TEST(Phrases, RecurringAdjacentUnitsFormAPhrase) {
  auto p = phrases_of("长|株|潭|一体化|，|推进|长|株|潭|一体化|。");
  EXPECT_NE(std::find(p.begin(), p.end(), "长株潭一体化"), p.end());
}

TEST(Phrases, ASequenceSeenOnceIsNoPhrase) {
  EXPECT_TRUE(phrases_of("轨道|交通|，|航空|动力").empty());
}

TEST(Phrases, PartsThatMostlyStandApartAreNoPhrase) {
  // 经济+社会 twice, but each part four times elsewhere: cohesion 2/6 < 0.5.
  auto p = phrases_of("经济|社会|，|经济|社会|，|经济|，|经济|，|经济|，|经济|，|社会|，|社会|，|社会|，|社会");
  EXPECT_TRUE(p.empty());
}

TEST(Phrases, PhraseMayHoldAQuotedPartButNotHalfAQuote) {
  auto p = phrases_of("专精特新|“|小巨人|”|企业|，|专精特新|“|小巨人|”|企业");
  EXPECT_NE(std::find(p.begin(), p.end(), "专精特新小巨人企业"), p.end());
  EXPECT_EQ(std::find(p.begin(), p.end(), "小巨人企业"), p.end());  // would split the quotes
}

TEST(Phrases, QuotesBalanced) {
  EXPECT_TRUE(quotes_balanced("专精特新“小巨人”企业"));
  EXPECT_FALSE(quotes_balanced("三高四新”战略"));
  EXPECT_FALSE(quotes_balanced("“小巨人"));
  EXPECT_TRUE(quotes_balanced("\"a\" b"));
}

}  // namespace
}  // namespace zz::extract
