// Tests of is_boilerplate_line().
#include "boilerplate.hpp"

#include <gtest/gtest.h>

#include "char_rules.hpp"

namespace zz::text {
namespace {

bool boilerplate(std::string_view s) { return is_boilerplate_line(test::to_line(s)); }

TEST(Boilerplate, RecognisesPageFurniture) {
  EXPECT_TRUE(boilerplate("下载 打印 全屏 收藏"));
  EXPECT_TRUE(boilerplate("【字号：大 中 小】"));
  EXPECT_TRUE(boilerplate("打印本页 | 关闭窗口"));
  EXPECT_TRUE(boilerplate("【打印】【关闭】"));
  EXPECT_TRUE(boilerplate("来源：无锡市人民政府"));
  EXPECT_TRUE(boilerplate("发布时间：2024-01-05"));
}

TEST(Boilerplate, KeepsProse) {
  EXPECT_FALSE(boilerplate("中"));
  EXPECT_FALSE(boilerplate("大 中 小"));
  EXPECT_FALSE(boilerplate("下载量增长20%"));
  EXPECT_FALSE(boilerplate("来源：各级财政，统筹使用。"));
  EXPECT_FALSE(boilerplate("三是培育壮大“新字号”。"));
}

}  // namespace
}  // namespace zz::text
