// Tests of PeriodTable: the file format, its errors, periods of years and period shares.
#include "zzreport/extract/period_table.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "zzreport/text/error.hpp"

namespace zz::extract {
namespace {

const char* kHeader =
    "# comment\n#period_years 1955-1994 2000-2004 2020-2029\n#period_documents 20 50 200\n";

std::vector<std::uint32_t> counts(const PeriodTable& table, std::string_view key) {
  std::span<const std::uint32_t> found = table.documents_with(key);
  return {found.begin(), found.end()};
}

TEST(PeriodTable, ReadsPeriodsAndRows) {
  PeriodTable table;
  table.load(std::string(kHeader) + "发展\t20,50,200\r\n农业税\t0,40,0\n", "t");
  ASSERT_EQ(table.periods().size(), 3u);
  EXPECT_EQ(table.periods()[0].first_year, 1955);
  EXPECT_EQ(table.periods()[0].last_year, 1994);
  EXPECT_EQ(table.periods()[2].documents, 200u);
  EXPECT_EQ(counts(table, "农业税"), (std::vector<std::uint32_t>{0, 40, 0}));
  EXPECT_TRUE(counts(table, "新质生产力").empty());  // not in the table: too rare to judge
  EXPECT_DOUBLE_EQ(*table.period_share("发展"), 1.0);
  EXPECT_DOUBLE_EQ(*table.period_share("农业税"), 0.8 / 3);
  EXPECT_DOUBLE_EQ(*table.period_share("新质生产力"), 0.0);
}

TEST(PeriodTable, FindsThePeriodOfAYear) {
  PeriodTable table;
  table.load(kHeader, "t");
  EXPECT_EQ(table.period_of_year(1955), 0u);
  EXPECT_EQ(table.period_of_year(1994), 0u);
  EXPECT_EQ(table.period_of_year(2004), 1u);
  EXPECT_EQ(table.period_of_year(2025), 2u);
  EXPECT_FALSE(table.period_of_year(1997).has_value());  // between the periods listed
  EXPECT_FALSE(table.period_of_year(2030).has_value());
}

TEST(PeriodTable, EmptyTableHasNoPeriodShares) {
  PeriodTable table;
  EXPECT_TRUE(table.periods().empty());
  EXPECT_FALSE(table.period_share("发展").has_value());
  EXPECT_TRUE(counts(table, "发展").empty());
}

TEST(PeriodTable, MalformedLinesNameFileAndLine) {
  struct Case {
    std::string text;
    const char* where;
  };
  std::vector<Case> cases = {
      {std::string(kHeader) + "发展\t20,50\n", "line 4"},        // a count missing
      {std::string(kHeader) + "发展\t20,50,200,1\n", "line 4"},  // one too many
      {std::string(kHeader) + "发展\t21,50,200\n", "line 4"},    // more than the period has
      {std::string(kHeader) + "发展\t20,,200\n", "line 4"},      // an empty count
      {std::string(kHeader) + "发展\n", "line 4"},               // no counts
      {"#period_years 2000-2004\n发展\t1\n", "line 2"},          // no #period_documents
      {"#period_years 2000-2004 2005-2009\n#period_documents 5\n发展\t1\n", "line 3"},
      {"#period_years 2004-2000\n", "line 1"},            // backwards
      {"#period_years 2000-2004 2003-2009\n", "line 1"},  // overlapping
      {"#period_documents 5 0\n", "line 1"},              // a period without documents
  };
  for (const Case& c : cases) {
    PeriodTable table;
    try {
      table.load(c.text, "my.tsv");
      FAIL() << "expected zz::Error for " << c.text;
    } catch (const Error& e) {
      EXPECT_EQ(e.kind(), ErrorKind::data) << c.text;
      EXPECT_EQ(e.file(), "my.tsv") << c.text;
      EXPECT_EQ(e.where(), c.where) << c.text;
    }
  }
}

TEST(PeriodTable, TableWithoutHeaderIsRejected) {
  PeriodTable table;
  EXPECT_THROW(table.load("# only a comment\n", "my.tsv"), Error);
}

TEST(PeriodTable, ShippedTableListsThePeriodsOfTheCorpus) {
  PeriodTable table;
  table.load_file(ZZ_SOURCE_DATA_DIR "/periods.tsv");
  ASSERT_GT(table.periods().size(), 4u);
  EXPECT_EQ(table.periods().front().first_year, 1955);
  // A word of every time, a word of every report since the 2010s, and formulas of one era each,
  // the last of them in three quarters of the 2015-2024 reports.
  EXPECT_GT(*table.period_share("发展"), 0.95);
  EXPECT_GT(*table.period_share("举措"), 0.4);
  EXPECT_LT(*table.period_share("农业税"), 0.2);
  EXPECT_LT(*table.period_share("放管服"), 0.2);
}

}  // namespace
}  // namespace zz::extract
