// Tests of the cost model: frequencies to costs, default frequencies, user dictionary precedence.
#include "cost_model.hpp"

#include <gtest/gtest.h>

#include "zzreport/segment/lexicon.hpp"

namespace zz::segment::detail {
namespace {

float cost_of(const CostModel& model, std::u32string_view word) {
  for (const WordTrie::Key& k : model.keys) {
    if (k.code_points == word) return k.cost;
  }
  return -1;
}

TEST(CostModel, FrequentWordsCostLess) {
  Lexicon lexicon;
  lexicon.load_text("发展 9000\n株洲 100\n", "x", LexiconLayer::shipped);
  CostModel model = make_cost_model(lexicon);
  EXPECT_LT(cost_of(model, U"发展"), cost_of(model, U"株洲"));
  EXPECT_GT(model.edges.unknown_char, cost_of(model, U"株洲"));
}

TEST(CostModel, UserWordsSetTheGranularityOfTheirWords) {
  Lexicon lexicon;
  lexicon.load_text("经济发展 500\n经济 900\n发展 900\n长株潭 80\n", "shipped",
                    LexiconLayer::shipped);
  lexicon.load_text("经济\n发展\n", "user", LexiconLayer::user);
  CostModel model = make_cost_model(lexicon);
  EXPECT_LT(cost_of(model, U"经济发展"), 0);  // dropped: written as two user words
  EXPECT_GT(cost_of(model, U"经济"), 0);
  EXPECT_GT(cost_of(model, U"长株潭"), 0);  // not made of user words: kept
}

TEST(CostModel, SlogansAreMarked) {
  Lexicon lexicon;
  lexicon.load_text("四个全面 50 slogan\n", "x", LexiconLayer::shipped);
  CostModel model = make_cost_model(lexicon);
  ASSERT_EQ(model.keys.size(), 1U);
  EXPECT_EQ(model.keys[0].kind, WordKind::slogan);
}

bool bound(const CostModel& model, std::u32string_view word) {
  for (const WordTrie::Key& k : model.keys) {
    if (k.code_points == word) return k.bound;
  }
  return false;
}

TEST(CostModel, CharactersMostlyInsideLongerWordsAreBound) {
  Lexicon lexicon;
  // 林 alone 10 times, inside words 900 times: bound. 的 alone 9000 times: free. 发展 is no
  // character.
  lexicon.load_text("林 10\n林业 500\n森林 400\n的 9000\n目的 300\n发展 900\n", "x",
                    LexiconLayer::shipped);
  CostModel model = make_cost_model(lexicon);
  EXPECT_TRUE(bound(model, U"林"));
  EXPECT_FALSE(bound(model, U"的"));
  EXPECT_FALSE(bound(model, U"发展"));
  EXPECT_FALSE(bound(model, U"林业"));
}

}  // namespace
}  // namespace zz::segment::detail
