// Tests of IdfBuilder: document (not occurrence) counts, pruning, phrases, output order.
#include "zzreport/extract/idf_builder.hpp"

#include <gtest/gtest.h>

#include <memory>
#include <optional>
#include <utility>

#include "token_helper.hpp"
#include "zzreport/extract/idf_table.hpp"
#include "zzreport/extract/period_table.hpp"
#include "zzreport/extract/stop_words.hpp"

namespace zz::extract {
namespace {

void add(IdfBuilder& builder, std::string_view marked, std::optional<int> year = std::nullopt) {
  std::string text;
  std::vector<segment::Token> tokens = testing::split_tokens(marked, text);
  builder.add_document(text, tokens, year);
}

std::unique_ptr<IdfTable> build(IdfBuilder& builder) {
  auto table = std::make_unique<IdfTable>();
  table->load(builder.tables().idf, "built");
  return table;
}

std::unique_ptr<PeriodTable> build_periods(IdfBuilder& builder) {
  auto table = std::make_unique<PeriodTable>();
  table->load(builder.tables().periods, "built");
  return table;
}

TEST(IdfBuilder, CountsDocumentsNotOccurrences) {
  IdfBuilder builder(nullptr, {.min_df = 1, .min_phrase_df = 1});
  add(builder, "株洲|，|株洲|，|株洲");
  add(builder, "株洲|。|湘潭");
  std::unique_ptr<IdfTable> table = build(builder);
  EXPECT_EQ(table->documents(), 2u);
  EXPECT_EQ(table->document_frequency("株洲"), 2u);
  EXPECT_EQ(table->document_frequency("湘潭"), 1u);
}

TEST(IdfBuilder, PeriodsAreFiveYearSpansJoinedUntilEachHasEnoughDocuments) {
  IdfBuilder builder(nullptr, {.min_df = 1, .min_phrase_df = 1});
  // 1955 (1), 1979 (5), 1985 (14): one period; 2004 (20); 2021 (25) and 2025 (3): the last span is
  // too small and joins the one before it.
  for (auto [year, n] :
       {std::pair{1955, 1}, {1979, 5}, {1985, 14}, {2004, 20}, {2021, 25}, {2025, 3}}) {
    for (int i = 0; i < n; ++i) add(builder, "发展", year);
  }
  add(builder, "发展");  // no year: in no period
  std::vector<IdfBuilder::Period> periods = builder.periods();
  ASSERT_EQ(periods.size(), 3u);
  EXPECT_EQ(periods[0].first_year, 1955);
  EXPECT_EQ(periods[0].last_year, 1989);
  EXPECT_EQ(periods[0].documents, 20u);
  EXPECT_EQ(periods[1].first_year, 2000);
  EXPECT_EQ(periods[1].last_year, 2004);
  EXPECT_EQ(periods[2].first_year, 2020);
  EXPECT_EQ(periods[2].last_year, 2029);
  EXPECT_EQ(periods[2].documents, 28u);
}

TEST(IdfBuilder, PeriodShareWeighsEveryPeriodAlike) {
  IdfBuilder builder(nullptr, {.min_df = 1, .min_phrase_df = 1});
  // 20 reports of 2004, none with 脱贫|攻坚; 60 of 2019, all with it: in 75% of the reports, but
  // in half the periods.
  for (int i = 0; i < 20; ++i) add(builder, "农业税|，|发展", 2004);
  for (int i = 0; i < 60; ++i) add(builder, i < 30 ? "脱贫|攻坚|，|发展" : "脱贫|攻坚|发展", 2019);
  EXPECT_EQ(build(builder)->document_frequency("脱贫攻坚"), 60u);
  std::unique_ptr<PeriodTable> table = build_periods(builder);
  ASSERT_EQ(table->periods().size(), 2u);
  EXPECT_EQ(table->periods()[1].first_year, 2015);
  EXPECT_EQ(table->periods()[1].documents, 60u);
  EXPECT_EQ(std::vector<std::uint32_t>(table->documents_with("脱贫攻坚").begin(),
                                       table->documents_with("脱贫攻坚").end()),
            (std::vector<std::uint32_t>{0, 60}));
  EXPECT_DOUBLE_EQ(*table->period_share("脱贫攻坚"), 0.5);
  EXPECT_DOUBLE_EQ(*table->period_share("农业税"), 0.5);
  EXPECT_DOUBLE_EQ(*table->period_share("发展"), 1.0);
  EXPECT_DOUBLE_EQ(*table->period_share("攻坚发展"), 0.25);  // a phrase: half of 2019's reports
}

TEST(IdfBuilder, NoPeriodSharesWithoutYears) {
  IdfBuilder builder(nullptr, {.min_df = 1, .min_phrase_df = 1});
  add(builder, "株洲");
  EXPECT_TRUE(builder.periods().empty());
  EXPECT_TRUE(builder.tables().periods.empty());
  EXPECT_EQ(build(builder)->document_frequency("株洲"), 1u);
}

TEST(IdfBuilder, PrunesRareTermsAndRecordsThresholds) {
  IdfBuilder builder(nullptr, {.min_df = 2, .min_phrase_df = 2});
  add(builder, "株洲|。|湘潭");
  add(builder, "株洲");
  std::unique_ptr<IdfTable> table = build(builder);
  EXPECT_EQ(table->document_frequency("株洲"), 2u);
  EXPECT_FALSE(table->document_frequency("湘潭").has_value());
  EXPECT_EQ(table->min_df(), 2u);
}

TEST(IdfBuilder, CountsPhrasesWithinRunsOnly) {
  StopWords stop;
  stop.add("和");
  IdfBuilder builder(&stop, {.min_df = 1, .min_phrase_df = 2});
  add(builder, "长|株|潭|一体化|，|轨道|交通");
  add(builder, "长|株|潭|一体化|和|轨道|交通");
  add(builder, "一体化|轨道");  // "一体化轨道" only here, and split by punctuation or 和 above
  std::unique_ptr<IdfTable> table = build(builder);
  EXPECT_EQ(table->document_frequency("长株潭一体化"), 2u);
  EXPECT_EQ(table->document_frequency("轨道交通"), 2u);
  EXPECT_FALSE(table->document_frequency("一体化轨道").has_value());
  EXPECT_FALSE(table->document_frequency("和").has_value());
}

TEST(IdfBuilder, NumbersAndPunctuationAreNotTerms) {
  IdfBuilder builder(nullptr, {.min_df = 1, .min_phrase_df = 1});
  add(builder, "增长|5000|亿元|，|一九|八|二年");
  std::unique_ptr<IdfTable> table = build(builder);
  EXPECT_TRUE(table->document_frequency("增长").has_value());
  EXPECT_FALSE(table->document_frequency("亿元").has_value());  // the unit of 5000
  EXPECT_FALSE(table->document_frequency("5000").has_value());
  EXPECT_FALSE(table->document_frequency("，").has_value());
  EXPECT_FALSE(table->document_frequency("八").has_value());
}

TEST(IdfBuilder, RowsAreOrderedByFrequencyThenTerm) {
  IdfBuilder builder(nullptr, {.min_df = 1, .min_phrase_df = 9});
  add(builder, "乙|。|甲|。|丙");
  add(builder, "丙");
  std::string table = builder.tables().idf;
  EXPECT_NE(table.find("丙\t2\n乙\t1\n甲\t1\n"), std::string::npos) << table;
}

}  // namespace
}  // namespace zz::extract
