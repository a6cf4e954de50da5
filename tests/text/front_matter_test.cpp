// Tests of stated_year(), is_date_line() and read_front_matter().
#include "front_matter.hpp"

#include <gtest/gtest.h>

#include "doc_builder.hpp"

namespace zz::text {
namespace {

TEST(FrontMatter, FindsYearsInArabicAndChineseNumerals) {
  EXPECT_EQ(stated_year("——2024年3月5日在第十四届"), 2024);
  EXPECT_EQ(stated_year("——二〇一二年一月十二日在福建省"), 2012);
  EXPECT_EQ(stated_year("一九八九年工作的回顾"), 1989);
  EXPECT_FALSE(stated_year("增长12345年"));
  EXPECT_FALSE(stated_year("政府工作报告"));
}

TEST(FrontMatter, IgnoresAYearTheTitleLooksAheadTo) {
  EXPECT_FALSE(stated_year("国民经济和社会发展第十四个五年规划和2035年远景目标纲要"));
  EXPECT_EQ(stated_year("2021年3月12日 第十四个五年规划和2035年远景目标纲要"), 2021);
}

TEST(FrontMatter, TellsNewsDatelines) {
  EXPECT_TRUE(is_news_dateline("新华社北京3月12日电"));
  EXPECT_TRUE(is_news_dateline("（新华社北京3月5日电）"));
  EXPECT_TRUE(is_news_dateline("**人民日报北京1月8日讯**"));
  EXPECT_FALSE(is_news_dateline("政府工作报告"));
  EXPECT_FALSE(is_news_dateline("新华社北京3月12日电，全国人大会议今天开幕。"));
  EXPECT_FALSE(is_news_dateline("加快发展农村电"));
}

TEST(FrontMatter, TakesTheTitleAfterANewsDateline) {
  Document doc = test::structured(
      "新华社北京3月12日电\n\n**中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲"
      "要**\n\n第一篇　开启全面建设社会主义现代化国家新征程\n\n内容。");
  EXPECT_EQ(doc.title, "中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要");
  EXPECT_FALSE(doc.stated_year);  // 2035 is the plan's horizon, not its date
}

TEST(FrontMatter, TellsDateLines) {
  EXPECT_TRUE(is_date_line("——2019年1月15日在河北省第十三届人民代表大会第二次会议上"));
  EXPECT_TRUE(is_date_line("（2021年1月12日）"));
  EXPECT_TRUE(is_date_line("2021年3月1日在长沙市第十五届人民代表大会第七次会议上"));
  EXPECT_FALSE(is_date_line("2021年是“十四五”开局之年"));
  EXPECT_FALSE(is_date_line("——加快建设现代化经济体系"));
}

TEST(FrontMatter, SkipsTitleDateAndSpeakerLines) {
  Document doc = test::structured(
      "政 府 工 作 报 告\n\n----2012年2月29日在海拉尔区第十三届人民代表大会第六次会议上\n\n"
      "海拉尔区人民政府区长　　张天喜\n\n　　各位代表：\n\n　　一、回顾\n内容。");
  EXPECT_EQ(doc.title, "政府工作报告");
  EXPECT_EQ(doc.stated_year, 2012);
  EXPECT_EQ(doc.front_paragraphs, 3u);
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
  EXPECT_EQ(doc.stated_year, 2014);
  // A year without a month after it is no date.
  EXPECT_FALSE(test::structured("各位代表：\n\n2013年工作很好。").stated_year);
}

TEST(FrontMatter, YearMayBeUnknown) {
  Document doc = test::structured("各位代表，同志们！\n五年来，我们共同奋斗。");
  EXPECT_FALSE(doc.stated_year);
  EXPECT_EQ(doc.front_paragraphs, 0u);
  EXPECT_EQ(doc.title, "");
}

}  // namespace
}  // namespace zz::text
