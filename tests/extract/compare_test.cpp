// Tests of compare() on hand-built analyses: target matching and changes, terms that come and go.
#include "zzreport/extract/compare.hpp"

#include <gtest/gtest.h>

namespace zz::extract {
namespace {

Quantity target(std::string indicator, double value, std::string unit = "%",
                std::string base_unit = "%") {
  Quantity q;
  q.kind = QuantityKind::target;
  q.indicator = std::move(indicator);
  q.value = value;
  q.value_text = std::to_string(static_cast<int>(value));
  q.unit = std::move(unit);
  q.base_unit = std::move(base_unit);
  return q;
}

Slogan slogan(std::string text, std::uint32_t count) {
  Slogan s;
  s.text = std::move(text);
  s.count = count;
  return s;
}

Keyword keyword(std::string term, std::uint32_t count) {
  Keyword k;
  k.term = std::move(term);
  k.count = count;
  return k;
}

std::vector<std::pair<std::string, TargetChange>> changes(const Comparison& c) {
  std::vector<std::pair<std::string, TargetChange>> out;
  for (const TargetComparison& t : c.targets) out.emplace_back(t.indicator, t.change);
  return out;
}

TEST(Compare, MatchesTargetsByIndicatorAndTellsHowTheyMoved) {
  Analysis old_a;
  old_a.quantities = {target("地区生产总值增长", 7), target("城镇调查失业率", 5.5),
                      target("粮食产量", 100, "万吨", "吨")};
  Quantity mention = target("人口", 3);
  mention.kind = QuantityKind::mention;
  old_a.quantities.push_back(mention);
  Analysis new_a;
  new_a.quantities = {target("城镇调查失业率", 5.5), target("地区生产总值增长", 6),
                      target("研发投入增长", 10)};
  Comparison c = compare({nullptr, &old_a}, {nullptr, &new_a});
  using P = std::pair<std::string, TargetChange>;
  EXPECT_EQ(changes(c), (std::vector<P>{{"地区生产总值增长", TargetChange::lowered},
                                        {"城镇调查失业率", TargetChange::unchanged},
                                        {"粮食产量", TargetChange::dropped},
                                        {"研发投入增长", TargetChange::added}}));
  ASSERT_TRUE(c.targets[0].old_target && c.targets[0].new_target);
  EXPECT_EQ(c.targets[0].old_target->value, 7);
  EXPECT_EQ(c.targets[0].new_target->value, 6);
  EXPECT_FALSE(c.targets[2].new_target);
  EXPECT_FALSE(c.targets[3].old_target);
}

TEST(Compare, ComparesByMagnitudeAcrossUnitsAndPairsRepeatedIndicatorsInOrder) {
  Analysis old_a;
  Quantity a = target("固定资产投资", 5000, "亿元", "元");
  a.magnitude = 5e11;
  old_a.quantities = {a, target("增长", 5), target("增长", 8)};
  Analysis new_a;
  Quantity b = target("固定资产投资", 0.6, "万亿元", "元");
  b.magnitude = 6e11;
  new_a.quantities = {b, target("增长", 5), target("增长", 7)};
  Comparison c = compare({nullptr, &old_a}, {nullptr, &new_a});
  using P = std::pair<std::string, TargetChange>;
  EXPECT_EQ(changes(c), (std::vector<P>{{"固定资产投资", TargetChange::raised},
                                        {"增长", TargetChange::unchanged},
                                        {"增长", TargetChange::lowered}}));
}

TEST(Compare, RangesCompareByTheirMiddleAndDifferentUnitsDoNotMatch) {
  Analysis old_a;
  Quantity range = target("增长", 0);
  range.value.reset();
  range.min = 5;
  range.max = 6;
  old_a.quantities = {range};
  Analysis new_a;
  new_a.quantities = {target("增长", 6), target("增长", 1, "个百分点", "个百分点")};
  Comparison c = compare({nullptr, &old_a}, {nullptr, &new_a});
  using P = std::pair<std::string, TargetChange>;
  EXPECT_EQ(changes(c),
            (std::vector<P>{{"增长", TargetChange::raised}, {"增长", TargetChange::added}}));
}

TEST(Compare, TermsCountAsNewOrDroppedOnlyWhenAbsentFromTheOtherText) {
  text::Document old_doc;
  old_doc.text = "坚持稳中求进。推进三高四新。";
  text::Document new_doc;
  new_doc.text = "坚持稳中求进。发展新质生产力。";
  Analysis old_a;
  old_a.slogans = {slogan("三高四新", 2), slogan("稳中求进", 1)};
  old_a.keywords = {keyword("稳中求进", 1)};
  Analysis new_a;
  new_a.slogans = {slogan("新质生产力", 3)};
  new_a.keywords = {keyword("新质生产力", 3), keyword("稳中求进", 1)};
  Comparison c = compare({&old_doc, &old_a}, {&new_doc, &new_a});
  ASSERT_EQ(c.slogans.size(), 2u);
  EXPECT_EQ(c.slogans[0].text, "新质生产力");
  EXPECT_TRUE(c.slogans[0].added);
  EXPECT_EQ(c.slogans[0].count, 3u);
  EXPECT_EQ(c.slogans[1].text, "三高四新");
  EXPECT_FALSE(c.slogans[1].added);
  ASSERT_EQ(c.keywords.size(), 1u);  // 稳中求进 is in both texts: neither new nor dropped
  EXPECT_EQ(c.keywords[0].text, "新质生产力");
}

TEST(Compare, ChangeNamesAreStable) {
  EXPECT_EQ(to_string(TargetChange::raised), "raised");
  EXPECT_EQ(to_string(TargetChange::lowered), "lowered");
  EXPECT_EQ(to_string(TargetChange::dropped), "dropped");
  EXPECT_EQ(to_string(TargetChange::added), "added");
  EXPECT_EQ(to_string(TargetChange::unchanged), "unchanged");
}

}  // namespace
}  // namespace zz::extract
