// Tests of clause_around() and the code-point helpers.
#include "clauses.hpp"

#include <gtest/gtest.h>

namespace zz::extract {
namespace {

std::string_view around(std::string_view text, std::string_view needle, ClauseLevel level) {
  auto k = static_cast<std::uint32_t>(text.find(needle));
  text::ByteRange r = clause_around(text, {0, static_cast<std::uint32_t>(text.size())}, k,
                                    k + static_cast<std::uint32_t>(needle.size()), level);
  return text.substr(r.begin, r.end - r.begin);
}

TEST(Clauses, StopsAtTheBreaksOfEachLevel) {
  std::string_view text = "甲，乙A、丙；丁。";
  EXPECT_EQ(around(text, "A", ClauseLevel::list_item), "乙A");
  EXPECT_EQ(around(text, "A", ClauseLevel::clause), "乙A、丙");
  EXPECT_EQ(around(text, "A", ClauseLevel::sentence), "甲，乙A、丙");
}

TEST(Clauses, IgnoresBreaksInsideQuotes) {
  std::string_view text = "打造“一网通办、一网统管”平台A，其他";
  EXPECT_EQ(around(text, "A", ClauseLevel::list_item), "打造“一网通办、一网统管”平台A");
}

TEST(Clauses, StepsOverCodePoints) {
  std::string_view text = "a中b";
  std::uint32_t len = 0, start = 0;
  EXPECT_EQ(code_point_at(text, 1, &len), U'中');
  EXPECT_EQ(len, 3u);
  EXPECT_EQ(code_point_before(text, 4, &start), U'中');
  EXPECT_EQ(start, 1u);
  EXPECT_EQ(code_point_at(text, 9), 0u);
}

}  // namespace
}  // namespace zz::extract
