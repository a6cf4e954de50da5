// Tests of find_level() and read_front_matter().
#include "front_matter.hpp"

#include <gtest/gtest.h>

#include "doc_builder.hpp"

namespace zz::text {
namespace {

TEST(FrontMatter, TellsTheLevelFromTheBodyThatGaveTheReport) {
  EXPECT_EQ(find_level("——2024年3月5日在第十四届全国人民代表大会第二次会议上"), "national");
  EXPECT_EQ(find_level("在浙江省第十三届人民代表大会"), "provincial");
  EXPECT_EQ(find_level("在内蒙古自治区第十届人民代表大会"), "provincial");
  EXPECT_EQ(find_level("在白城市第六届人民代表大会第五次会议上"), "city");
  EXPECT_EQ(find_level("伊犁哈萨克自治州人民政府"), "city");
  EXPECT_EQ(find_level("海拉尔区人民政府区长 张天喜"), "district");
  EXPECT_EQ(find_level("现在，我代表县人民政府向大会报告"), "district");
  EXPECT_EQ(find_level("2015年郑州市政府工作报告"), "city");
  EXPECT_EQ(find_level("宁波市市长毛光烈"), "city");
  EXPECT_EQ(find_level("吉林省2006年政府工作报告"), "provincial");
  EXPECT_EQ(find_level("西藏自治区2011年政府工作报告"), "provincial");
  EXPECT_EQ(find_level("政府工作报告"), "");
  // Party congresses and five-year plans.
  EXPECT_EQ(find_level("在中国共产党株洲市第十三次代表大会上的报告"), "city");
  EXPECT_EQ(find_level("在中国共产党第二十次全国代表大会上的报告"), "national");
  EXPECT_EQ(find_level("湖南省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"), "provincial");
  EXPECT_EQ(find_level("中华人民共和国国民经济和社会发展第十四个五年规划"), "national");
}

TEST(FrontMatter, SkipsTitleDateAndSpeakerLines) {
  Document doc = test::structured(
      "政 府 工 作 报 告\n\n----2012年2月29日在海拉尔区第十三届人民代表大会第六次会议上\n\n"
      "海拉尔区人民政府区长　　张天喜\n\n　　各位代表：\n\n　　一、回顾\n内容。");
  EXPECT_EQ(doc.title, "政府工作报告");
  EXPECT_EQ(doc.year, 2012);
  EXPECT_EQ(doc.level, "district");
  ASSERT_EQ(doc.sections.size(), 1u);
  EXPECT_EQ(doc.sections[0].title, "回顾");
}

TEST(FrontMatter, TakesADateNearTheTopWhenNoLineIsADateLine) {
  // 吉林 2014: a title without a year in the YAML header, the date inside the first line's
  // brackets; the year is the date's, not the 2013 of the first heading.
  Document doc = load_document(
      "---\ntitle: 政府工作报告\n---\n\n"
      "政府工作报告（2014年1月21日在吉林省第十二届人民代表大会第二次会议上 省长巴音朝鲁）\n\n"
      "各位代表：\n\n本届政府履行职责已经一年。\n\n**一、2013年工作回顾**\n\n内容。",
      "2014.md");
  EXPECT_EQ(doc.year, 2014);
  // A year without a month after it is no date.
  EXPECT_FALSE(test::structured("各位代表：\n\n2013年工作很好。").year);
}

TEST(FrontMatter, YearAndLevelMayBeUnknown) {
  Document doc = test::structured("各位代表，同志们！\n五年来，我们共同奋斗。");
  EXPECT_FALSE(doc.year);
  EXPECT_EQ(doc.level, "");
  EXPECT_EQ(doc.title, "");
}

}  // namespace
}  // namespace zz::text
