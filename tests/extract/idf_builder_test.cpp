// Tests of IdfBuilder: document (not occurrence) counts, pruning, phrases, output order.
#include "zzreport/extract/idf_builder.hpp"

#include <gtest/gtest.h>

#include <memory>

#include "token_helper.hpp"
#include "zzreport/extract/idf_table.hpp"
#include "zzreport/extract/stop_words.hpp"

namespace zz::extract {
namespace {

void add(IdfBuilder& builder, std::string_view marked) {
  std::string text;
  std::vector<segment::Token> tokens = testing::split_tokens(marked, text);
  builder.add_document(text, tokens);
}

std::unique_ptr<IdfTable> build(IdfBuilder& builder) {
  auto table = std::make_unique<IdfTable>();
  table->load(builder.table(), "built");
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
  std::string table = builder.table();
  EXPECT_NE(table.find("丙\t2\n乙\t1\n甲\t1\n"), std::string::npos) << table;
}

}  // namespace
}  // namespace zz::extract
