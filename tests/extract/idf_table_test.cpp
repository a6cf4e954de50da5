// Tests of IdfTable: the file format, smoothing, and the estimates for terms not in the table.
#include "zzreport/extract/idf_table.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "zzreport/text/error.hpp"

namespace zz::extract {
namespace {

constexpr const char* kTable =
    "# comment\n#documents 99\n#min_df 3\n#min_phrase_df 10\n发展\t99\n株洲\t4\n长株潭一体化\t12\n";

TEST(IdfTable, ReadsHeaderAndRows) {
  IdfTable table;
  table.load(kTable, "idf.tsv");
  EXPECT_EQ(table.documents(), 99u);
  EXPECT_EQ(table.min_df(), 3u);
  EXPECT_EQ(table.min_phrase_df(), 10u);
  EXPECT_EQ(table.size(), 3u);
  EXPECT_EQ(table.document_frequency("株洲"), 4u);
  EXPECT_FALSE(table.document_frequency("湘赣边").has_value());
}

TEST(IdfTable, TermInEveryDocumentScoresZero) {
  IdfTable table;
  table.load(kTable, "idf.tsv");
  EXPECT_DOUBLE_EQ(table.term_idf("发展"), 0.0);
  EXPECT_DOUBLE_EQ(table.term_idf("株洲"), std::log(100.0 / 5.0));
}

TEST(IdfTable, UnseenTermCountsAsJustBelowThePruningThreshold) {
  IdfTable table;
  table.load(kTable, "idf.tsv");
  EXPECT_DOUBLE_EQ(table.term_idf("湘赣边"), std::log(100.0 / 3.0));
  EXPECT_GT(table.term_idf("湘赣边"), table.term_idf("株洲"));
}

TEST(IdfTable, UnseenPhraseIsAtLeastAsRareAsItsRarestPart) {
  IdfTable table;
  table.load(kTable, "idf.tsv");
  double below_threshold = std::log(100.0 / 10.0);
  EXPECT_DOUBLE_EQ(table.phrase_idf("发展株洲", 1.0), below_threshold);
  EXPECT_DOUBLE_EQ(table.phrase_idf("株洲某某", 7.0), 7.0);
  EXPECT_DOUBLE_EQ(table.phrase_idf("长株潭一体化", 7.0), std::log(100.0 / 13.0));
}

TEST(IdfTable, KeysAlikeInTheirFirstBytesOrLengthStayApart) {
  // 长株潭一体化 and 长株潭一体系 share their first 7 bytes and their length; keys of 300 and 400
  // bytes share their first 255.
  std::string long_a(300, 'x'), long_b(400, 'x');
  IdfTable table;
  table.load("#documents 99\n长株潭一体化\t12\n长株潭一体系\t5\n株\t30\n" + long_b + "\t7\n",
             "idf.tsv");
  EXPECT_EQ(table.document_frequency("长株潭一体化"), 12u);
  EXPECT_EQ(table.document_frequency("长株潭一体系"), 5u);
  EXPECT_FALSE(table.document_frequency("长株潭一体").has_value());
  EXPECT_EQ(table.document_frequency("株"), 30u);
  EXPECT_FALSE(table.document_frequency("株\t30").has_value());
  EXPECT_EQ(table.document_frequency(long_b), 7u);
  EXPECT_FALSE(table.document_frequency(long_a).has_value());
  EXPECT_FALSE(table.document_frequency(std::string(500, 'x')).has_value());
}

TEST(IdfTable, MaxIdfBoundsEveryTermAndPhrase) {
  IdfTable table;
  table.load(kTable, "idf.tsv");
  // The rarest term not in the table counts 2 documents (min_df 3), less than any row.
  EXPECT_DOUBLE_EQ(table.max_idf(), std::log(100.0 / 3.0));
  for (const char* term : {"发展", "株洲", "湘赣边"})
    EXPECT_LE(table.term_idf(term), table.max_idf());
  EXPECT_LE(table.phrase_idf("发展株洲", table.term_idf("湘赣边")), table.max_idf());
  IdfTable rare;
  rare.load("#documents 99\n#min_df 3\n#min_phrase_df 3\n孤词\t1\n", "idf.tsv");
  EXPECT_DOUBLE_EQ(rare.max_idf(), rare.term_idf("孤词"));  // a row rarer than the threshold
}

TEST(IdfTable, PhraseIdfInTwoStepsIsPhraseIdf) {
  IdfTable table;
  table.load(kTable, "idf.tsv");
  EXPECT_EQ(table.listed_idf("长株潭一体化"), table.phrase_idf("长株潭一体化", 7.0));
  EXPECT_FALSE(table.listed_idf("株洲某某").has_value());
  EXPECT_DOUBLE_EQ(table.unlisted_phrase_idf(7.0), table.phrase_idf("株洲某某", 7.0));
  EXPECT_DOUBLE_EQ(table.unlisted_phrase_idf(1.0), table.phrase_idf("发展株洲", 1.0));
}

TEST(IdfTable, EmptyTableWeighsEveryTermOne) {
  IdfTable table;
  EXPECT_DOUBLE_EQ(table.term_idf("发展"), 1.0);
}

TEST(IdfTable, MalformedRowNamesFileAndLine) {
  IdfTable table;
  try {
    table.load("#documents 5\n株洲\t4\n湘赣边 2\n", "my.tsv");
    FAIL() << "expected zz::Error";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::data);
    EXPECT_EQ(e.file(), "my.tsv");
    EXPECT_EQ(e.where(), "line 3");
  }
}

TEST(IdfTable, RowsOfMoreThanTwoFieldsAreRejected) {
  // Period shares moved to the period table (data/periods.tsv): an old three-column table fails
  // at its first row rather than being half read.
  IdfTable table;
  try {
    table.load("#documents 100\n#periods 8\n发展\t100\t1000\n", "old.tsv");
    FAIL() << "expected zz::Error";
  } catch (const Error& e) {
    EXPECT_EQ(e.where(), "line 3");
  }
}

TEST(IdfTable, RowsWithoutDocumentCountAreRejected) {
  IdfTable table;
  EXPECT_THROW(table.load("株洲\t4\n", "my.tsv"), Error);
}

TEST(IdfTable, KeyDropsQuotationMarks) {
  EXPECT_EQ(term_key("专精特新“小巨人”企业"), "专精特新小巨人企业");
  EXPECT_EQ(term_key("株洲"), "株洲");
}

TEST(IdfTable, ShippedTableLoadsAndRanksGenreWordsDown) {
  IdfTable table;
  table.load_file(ZZ_SOURCE_DATA_DIR "/idf.tsv");
  EXPECT_GT(table.documents(), 1000u);
  EXPECT_LT(table.term_idf("发展"), 0.1);
  EXPECT_GT(table.term_idf("株洲"), 3.0);
}

}  // namespace
}  // namespace zz::extract
