// Tests of tidy_spaces().
#include "spaced_text.hpp"

#include <gtest/gtest.h>

#include "char_rules.hpp"

namespace zz::text {
namespace {

std::string tidied(std::string_view s, int* runs = nullptr) {
  CharLine line = test::to_line(s);
  int n = tidy_spaces(line);
  if (runs) *runs = n;
  return test::to_utf8(line);
}

TEST(SpacedText, JoinsSpacedOutTitlesAndDigits) {
  int runs = 0;
  EXPECT_EQ(tidied("政 府 工 作 报 告", &runs), "政府工作报告");
  EXPECT_EQ(runs, 1);
  EXPECT_EQ(tidied("1 9 9 3 年"), "1993年");
  EXPECT_EQ(tidied("2 0 2 2 年 政府工作报告"), "2022年 政府工作报告");
  EXPECT_EQ(tidied("市长 陈 绍 旺"), "市长 陈绍旺");
}

TEST(SpacedText, KeepsShortRunsAndWords) {
  EXPECT_EQ(tidied("市长 夏 耕"), "市长 夏 耕");
  EXPECT_EQ(tidied("“5 6 700”"), "“5 6 700”");
  EXPECT_EQ(tidied("3.6 : 48 : 48.4"), "3.6 : 48 : 48.4");
}

TEST(SpacedText, CollapsesAndTrimsSpaces) {
  EXPECT_EQ(tidied("  品牌   and  市场 "), "品牌 and 市场");
  EXPECT_EQ(tidied("增长。 预计"), "增长。预计");
  EXPECT_EQ(tidied("贷款 （下转）"), "贷款（下转）");
}

}  // namespace
}  // namespace zz::text
