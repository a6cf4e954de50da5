// Tests of match_heading_marker().
#include "heading_marker.hpp"

#include <gtest/gtest.h>

namespace zz::text {
namespace {

std::string marker(std::string_view s) {
  auto m = match_heading_marker(s);
  return m ? std::string(s.substr(0, m->length)) : std::string("-");
}

TEST(HeadingMarker, MatchesEveryNumberingStyle) {
  EXPECT_EQ(marker("二、朝着目标前进"), "二、");
  EXPECT_EQ(marker("（一）突出聚焦"), "（一）");
  EXPECT_EQ(marker("(十二)加强"), "(十二)");
  EXPECT_EQ(marker("1.加快发展"), "1.");
  EXPECT_EQ(marker("12、加快发展"), "12、");
  EXPECT_EQ(marker("（3）推进"), "（3）");
  EXPECT_EQ(marker("3）推进"), "3）");
  EXPECT_EQ(marker("第一章 总则"), "第一章");
  EXPECT_EQ(marker("第三部分 任务"), "第三部分");
  EXPECT_EQ(marker("第三，坚持交通先行"), "第三，");
  EXPECT_EQ(marker("①加强"), "①");
  EXPECT_EQ(marker("㈡ 全力以赴"), "㈡");
  EXPECT_EQ(match_heading_marker("（一）")->style, MarkerStyle::chinese_paren);
}

TEST(HeadingMarker, IgnoresNumbersThatAreNotNumbering) {
  for (std::string_view s : {"1.5%的增长", "2021年以来", "一是加快发展", "第十四届全国人民代表大会",
                             "十分重要", "（2021年）", "123.", "一年来"}) {
    EXPECT_EQ(marker(s), "-") << s;
  }
}

}  // namespace
}  // namespace zz::text
