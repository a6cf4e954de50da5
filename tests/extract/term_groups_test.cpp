// Tests of TermGroups: grouping fields, sums, order, rates.
#include "zzreport/extract/term_groups.hpp"

#include <gtest/gtest.h>

#include "zzreport/text/error.hpp"

namespace zz::extract {
namespace {

DocumentTerms doc(std::optional<int> year, std::string level, std::uint64_t han,
                  std::vector<std::uint32_t> counts) {
  return {"", std::move(level), year, "government_work_report", han, std::move(counts)};
}

TEST(GroupFields, ParsesKnownFieldsAndNamesUnknownOnes) {
  EXPECT_EQ(parse_group_fields("year"), (std::vector<GroupField>{GroupField::year}));
  EXPECT_EQ(parse_group_fields("year,level"),
            (std::vector<GroupField>{GroupField::year, GroupField::level}));
  for (const char* bad : {"", "decade", "year,", "year,year"}) {
    try {
      parse_group_fields(bad);
      ADD_FAILURE() << bad;
    } catch (const Error& e) {
      EXPECT_EQ(e.kind(), ErrorKind::usage);
      EXPECT_NE(std::string(e.what()).find("--by"), std::string::npos) << e.what();
    }
  }
}

TEST(TermGroups, SumsDocumentsCountsAndCharactersPerGroupInOrder) {
  TermGroups groups({GroupField::year}, 2);
  groups.add(doc(2021, "city", 1000, {3, 0}));
  groups.add(doc(999, "city", 10, {1, 1}));
  groups.add(doc(std::nullopt, "city", 50, {5, 5}));
  groups.add(doc(2021, "national", 3000, {1, 2}));
  auto rows = groups.groups();
  ASSERT_EQ(rows.size(), 3u);
  // Years by value (999 before 2021), a document without a year last.
  EXPECT_EQ(rows[0].first, GroupKey{"999"});
  EXPECT_EQ(rows[1].first, GroupKey{"2021"});
  EXPECT_EQ(rows[2].first, GroupKey{""});
  EXPECT_EQ(rows[1].second.documents, 2u);
  EXPECT_EQ(rows[1].second.han_characters, 4000u);
  EXPECT_EQ(rows[1].second.counts, (std::vector<std::uint64_t>{4, 2}));
}

TEST(TermGroups, GroupsByTwoFields) {
  TermGroups groups({GroupField::level, GroupField::year}, 1);
  groups.add(doc(2020, "provincial", 1, {1}));
  groups.add(doc(2019, "provincial", 1, {1}));
  groups.add(doc(2019, "city", 1, {1}));
  auto rows = groups.groups();
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].first, (GroupKey{"city", "2019"}));
  EXPECT_EQ(rows[1].first, (GroupKey{"provincial", "2019"}));
  EXPECT_EQ(rows[2].first, (GroupKey{"provincial", "2020"}));
}

TEST(Per10k, IsCountPerTenThousandHanCharactersOrNothing) {
  EXPECT_DOUBLE_EQ(*per_10k(5, 20000), 2.5);
  EXPECT_FALSE(per_10k(5, 0).has_value());
}

}  // namespace
}  // namespace zz::extract
