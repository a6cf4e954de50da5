// Tests of remove_page_markers().
#include "page_markers.hpp"

#include <gtest/gtest.h>

#include "char_rules.hpp"
#include "text_test_util.hpp"

namespace zz::text {
namespace {

std::string removed(std::string_view s, std::vector<Span>* spans = nullptr) {
  CharLine line = test::to_line(s);
  std::vector<Span> local;
  remove_page_markers(line, spans ? *spans : local);
  return test::to_utf8(line);
}

TEST(PageMarkers, RemovesNewspaperMarkersWithTheirSpaces) {
  EXPECT_EQ(removed("《上接A1版》 基层党建"), "基层党建");
  EXPECT_EQ(removed("笃信笃行学。》》》下转B1版"), "笃信笃行学。");
  EXPECT_EQ(removed("美元。 （下转第四版）"), "美元。");
  EXPECT_EQ(removed("（上接第2版）探索建立"), "探索建立");
  EXPECT_EQ(removed("力度。 （下转4版） （紧接2版）完善"), "力度。完善");
  EXPECT_EQ(removed("（紧转第3版） （紧接第2版）"), "");
  EXPECT_EQ(removed("(下转第2版)"), "");
  EXPECT_EQ(removed("（上接A02版）深化"), "深化");
}

TEST(PageMarkers, RemovesBrokenVariants) {
  EXPECT_EQ(removed("“两不愁上接01版三保障”"), "“两不愁三保障”");  // no brackets
  EXPECT_EQ(removed("《上接A1版 基层"), "基层");                   // no closing bracket
  EXPECT_EQ(removed("（下转A2）"), "");                            // no 版, but bracketed
  EXPECT_EQ(removed("（转第3版）"), "");
}

TEST(PageMarkers, LeavesPolicyTermsAndEditionsAlone) {
  for (std::string_view s :
       {"推行“下转上”机制", "坚持第九版防控方案", "环境政策体系6.0版", "省对下转移支付",
        "对接第44届世界遗产大会", "上接天线，下接地气", "行动方案（2026版）", "紧接3年"}) {
    EXPECT_EQ(removed(s), s);
  }
}

TEST(PageMarkers, ReportsOriginalSpans) {
  std::vector<Span> spans;
  std::string s = "甲。 （下转第三版） （上接第二版）乙";
  removed(s, &spans);
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(test::cp_slice(s, spans[0]), "（下转第三版）");
  EXPECT_EQ(test::cp_slice(s, spans[1]), "（上接第二版）");
}

}  // namespace
}  // namespace zz::text
