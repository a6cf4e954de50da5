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

TEST(YamlHeader, NeedsHeaderAtStartAndClosed) {
  EXPECT_FALSE(read_yaml_header("正文\n---\ntitle: x\n---\n"));
  EXPECT_FALSE(read_yaml_header("---\ntitle: x\n"));
  EXPECT_FALSE(read_yaml_header(""));
}

}  // namespace
}  // namespace zz::text
