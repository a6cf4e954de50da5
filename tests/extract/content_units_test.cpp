// Tests of collect_units(): what may be part of a keyword and where phrases stop.
#include "content_units.hpp"

#include <gtest/gtest.h>

#include "token_helper.hpp"
#include "zzreport/extract/stop_words.hpp"

namespace zz::extract {
namespace {

std::vector<std::string> unit_texts(std::string_view marked, const StopWords* stop = nullptr,
                                    std::vector<Unit>* out = nullptr) {
  std::string text;
  std::vector<segment::Token> tokens = testing::split_tokens(marked, text);
  std::vector<Unit> units = collect_units(text, tokens, stop).units;
  std::vector<std::string> texts;
  for (const Unit& u : units) texts.emplace_back(text.substr(u.begin, u.end - u.begin));
  if (out != nullptr) *out = units;
  return texts;
}

TEST(ContentUnits, SkipsPunctuationNumbersSpacesAndStopWords) {
  StopWords stop;
  stop.add("的");
  EXPECT_EQ(unit_texts("株洲|的|GDP|增长|5|%|， |湘赣边", &stop),
            (std::vector<std::string>{"株洲", "GDP", "增长", "湘赣边"}));
}

TEST(ContentUnits, EqualTextsShareAnIdNumberedInOrderOfFirstOccurrence) {
  StopWords stop;
  stop.add("的");
  std::vector<Unit> units;
  unit_texts("株洲|的|湘赣边|，|株洲|的|发展|湘赣边", &stop, &units);
  std::vector<std::uint32_t> ids;
  for (const Unit& u : units) ids.push_back(u.id);
  EXPECT_EQ(ids, (std::vector<std::uint32_t>{0, 1, 0, 2, 1}));
}

TEST(ContentUnits, CountsTheUnitsOfEachId) {
  StopWords stop;
  stop.add("的");
  std::string text;
  std::vector<segment::Token> tokens =
      testing::split_tokens("株洲|的|湘赣边|，|株洲|的|发展|株洲", text);
  EXPECT_EQ(collect_units(text, tokens, &stop).id_counts, (std::vector<std::uint32_t>{3, 1, 1}));
}

TEST(ContentUnits, HanNumeralsAreNumbersButSingleNumeralsStay) {
  EXPECT_EQ(unit_texts("一九|八|二年|，|三|高|四|新|，|三个|高地"),
            (std::vector<std::string>{"三", "高", "四", "新", "三个", "高地"}));
  EXPECT_EQ(unit_texts("5000|万|元|投资"), (std::vector<std::string>{"元", "投资"}));
}

TEST(ContentUnits, RunsBreakAtPunctuationButNotAtQuotationMarks) {
  std::vector<Unit> units;
  unit_texts("专精特新|“|小巨人|”|企业|，|株洲", nullptr, &units);
  ASSERT_EQ(units.size(), 4u);
  EXPECT_TRUE(units[0].run_start);
  EXPECT_FALSE(units[1].run_start);
  EXPECT_TRUE(units[1].glued);
  EXPECT_FALSE(units[2].run_start);
  EXPECT_TRUE(units[2].glued);
  EXPECT_TRUE(units[3].run_start);
}

}  // namespace
}  // namespace zz::extract
