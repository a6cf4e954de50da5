// Tests of find_phrases(): recurring, cohesive sequences with balanced quotation marks.
#include "phrases.hpp"

#include <gtest/gtest.h>

#include "token_helper.hpp"

namespace zz::extract {
namespace {

struct Found {
  std::vector<std::string> phrases;  // sorted
  std::vector<std::string> longest;  // per unit: the longest phrase starting there, or ""
};

Found find(std::string_view marked) {
  std::string text;
  std::vector<segment::Token> tokens = testing::split_tokens(marked, text);
  ContentUnits content = collect_units(text, tokens, nullptr);
  const std::vector<Unit>& units = content.units;
  Phrases phrases = find_phrases(text, content);
  auto phrase_text = [&](std::uint32_t p) {
    std::string s;
    for (std::uint32_t k = 0; k < phrases.length[p]; ++k) {
      const Unit& u = units[phrases.first[p] + k];
      s += text.substr(u.begin, u.end - u.begin);
    }
    return s;
  };
  Found found;
  for (std::uint32_t p = 0; p < phrases.first.size(); ++p) found.phrases.push_back(phrase_text(p));
  std::sort(found.phrases.begin(), found.phrases.end());
  for (std::uint32_t p : phrases.longest)
    found.longest.push_back(p == Phrases::kNone ? "" : phrase_text(p));
  return found;
}

std::vector<std::string> phrases_of(std::string_view marked) { return find(marked).phrases; }

TEST(Phrases, RecurringAdjacentUnitsFormAPhrase) {
  auto p = phrases_of("长|株|潭|一体化|，|推进|长|株|潭|一体化|。");
  EXPECT_NE(std::find(p.begin(), p.end(), "长株潭一体化"), p.end());
}

TEST(Phrases, ASequenceSeenOnceIsNoPhrase) {
  EXPECT_TRUE(phrases_of("轨道|交通|，|航空|动力").empty());
}

TEST(Phrases, PartsThatMostlyStandApartAreNoPhrase) {
  // 经济+社会 twice, but each part four times elsewhere: cohesion 2/6 < 0.5.
  auto p = phrases_of(
      "经济|社会|，|经济|社会|，|经济|，|经济|，|经济|，|经济|，|社会|，|社会|，|社会|，|社会");
  EXPECT_TRUE(p.empty());
}

TEST(Phrases, PhraseMayHoldAQuotedPartButNotHalfAQuote) {
  auto p = phrases_of("专精特新|“|小巨人|”|企业|，|专精特新|“|小巨人|”|企业");
  EXPECT_NE(std::find(p.begin(), p.end(), "专精特新小巨人企业"), p.end());
  EXPECT_EQ(std::find(p.begin(), p.end(), "小巨人企业"), p.end());  // would split the quotes
}

TEST(Phrases, EachUnitKnowsTheLongestPhraseStartingThere) {
  // Units: 轨道 交通 装备 轨道 交通 装备 轨道 交通 (commas are no units).
  Found f = find("轨道|交通|装备|，|轨道|交通|装备|，|轨道|交通");
  EXPECT_EQ(f.longest, (std::vector<std::string>{"轨道交通装备", "交通装备", "", "轨道交通装备",
                                                 "交通装备", "", "轨道交通", ""}));
}

TEST(Phrases, QuotesBalanced) {
  EXPECT_TRUE(quotes_balanced("专精特新“小巨人”企业"));
  EXPECT_FALSE(quotes_balanced("三高四新”战略"));
  EXPECT_FALSE(quotes_balanced("“小巨人"));
  EXPECT_TRUE(quotes_balanced("\"a\" b"));
}

}  // namespace
}  // namespace zz::extract
