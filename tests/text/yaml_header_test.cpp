// Tests of read_yaml_header().
#include "yaml_header.hpp"

#include <gtest/gtest.h>

namespace zz::text {
namespace {

TEST(YamlHeader, ReadsTitleAndSource) {
  auto h =
      read_yaml_header("---\nsource: https://a.gov.cn/x\ntitle: \"白城市政府工作报告\"\n---\n正文");
  ASSERT_TRUE(h);
  EXPECT_EQ(h->title, "白城市政府工作报告");
  EXPECT_EQ(h->source, "https://a.gov.cn/x");
  EXPECT_EQ(h->end, std::string_view(
                        "---\nsource: https://a.gov.cn/x\ntitle: \"白城市政府工作报告\"\n---\n")
                        .size());
}

TEST(YamlHeader, AcceptsCrlfAndUrlKey) {
  auto h = read_yaml_header("---\r\nurl: http://b\r\ntitle: T\r\n---\r\n");
  ASSERT_TRUE(h);
  EXPECT_EQ(h->title, "T");
  EXPECT_EQ(h->source, "http://b");
}

TEST(YamlHeader, MayBeClosedByALongerRule) {
  // A published plan's front matter closed by ---- (the 14th five-year plan as printed).
  auto h = read_yaml_header("---\ntitle: 第十四个五年规划纲要\n----\n新华社北京3月12日电\n");
  ASSERT_TRUE(h);
  EXPECT_EQ(h->title, "第十四个五年规划纲要");
  EXPECT_EQ(h->end, std::string_view("---\ntitle: 第十四个五年规划纲要\n----\n").size());
  EXPECT_FALSE(read_yaml_header("---\ntitle: x\n--\n"));
}

TEST(YamlHeader, NeedsHeaderAtStartAndClosed) {
  EXPECT_FALSE(read_yaml_header("正文\n---\ntitle: x\n---\n"));
  EXPECT_FALSE(read_yaml_header("---\ntitle: x\n"));
  EXPECT_FALSE(read_yaml_header(""));
}

}  // namespace
}  // namespace zz::text
