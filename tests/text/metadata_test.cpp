// Tests of read_metadata() through load_document(): each cue of region, level, planned year, date,
// type and meeting, in the layouts of the corpus, with the shipped region table.
#include <gtest/gtest.h>

#include <string>

#include "zzreport/text/document.hpp"
#include "zzreport/text/regions.hpp"

namespace zz::text {
namespace {

const RegionTable& regions() {
  static const RegionTable table = RegionTable::read(ZZ_SOURCE_DATA_DIR "/regions.tsv");
  return table;
}

Document load(std::string_view text) { return load_document(text, "report.md", {{}, &regions()}); }

// A body that names nothing: most cues are in the front matter.
constexpr std::string_view kBody =
    "各位代表：\n现在，我代表人民政府向大会报告工作，请予审议。\n一、过去一年工作回顾\n过去一年，我"
    "们攻坚克难。\n";

std::string with_body(std::string_view front) {
  return std::string(front) + "\n" + std::string(kBody);
}

TEST(Metadata, DateLineNamesRegionDateAndMeeting) {
  Document doc = load(with_body(
      "**政府工作报告**\n——2019年1月15日在河北省第十三届人民代表大会第二次会议上\n省长 许勤"));
  EXPECT_EQ(doc.region, "河北省");
  EXPECT_EQ(doc.level, "provincial");
  EXPECT_EQ(doc.year, 2019);
  EXPECT_EQ(doc.date, "2019-01-15");
  EXPECT_EQ(doc.meeting, "第十三届人民代表大会第二次会议");
  EXPECT_EQ(doc.doc_type, "government_work_report");
}

TEST(Metadata, StateCouncilIsNational) {
  Document doc = load(with_body(
      "**政府工作报告**\n——2024年3月5日在第十四届全国人民代表大会第二次会议上\n国务院总理　李强"));
  EXPECT_EQ(doc.region, "全国");
  EXPECT_EQ(doc.level, "national");
  EXPECT_EQ(doc.meeting, "第十四届全国人民代表大会第二次会议");
}

TEST(Metadata, NationalPlansAndTheGovernmentAdministrationCouncil) {
  EXPECT_EQ(
      load("---\ntitle: 中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要\n---\n"
           "第一篇 开启全面建设社会主义现代化国家新征程\n内容。\n")
          .level,
      "national");
  EXPECT_EQ(load(with_body("**政府工作报告**\n政务院总理　周恩来")).region, "全国");
}

TEST(Metadata, FiftiesNationalReport) {
  Document doc =
      load(with_body("**1955年国务院政府工作报告**\n**关于发展国民经济的第一个五年计划的报告**\n"
                     "——1955年7月5日至6日在第一届全国人民代表大会第二次会议上\n国务院副总理兼国家计"
                     "划委员会主任　李富春"));
  EXPECT_EQ(doc.region, "全国");
  EXPECT_EQ(doc.level, "national");
  EXPECT_EQ(doc.date, "1955-07-05");
  EXPECT_EQ(doc.year, 1955);
  EXPECT_EQ(doc.doc_type, "government_work_report");
}

TEST(Metadata, DateAndSpeakerLinesAfterASubtitleWithAComma) {
  // 1978: the subtitle's comma ends the front matter before the date and speaker lines.
  Document doc = load(
      "**1978年政府工作报告**\n**团结起来，为建设社会主义的现代化强国而奋斗**\n"
      "——1978年2月26日在第五届全国人民代表大会第一次会议上\n国务院总理　华国锋\n各位代表！\n"
      "2003年，在党中央、国务院的领导下，各级政府召开会议，于1月1日开局。\n");
  EXPECT_EQ(doc.date, "1978-02-26");
  EXPECT_EQ(doc.region, "全国");
  // A paragraph that opens with a year is not a date line.
  Document prose = load(
      "各位代表：\n现在，我代表自治区人民政府，向大会作工作报告。\n"
      "**2003年工作回顾** 2003年，在党中央、国务院和自治区党委的坚强领导下，圆满完成了自治区"
      "八届人大一次会议确定的目标，西藏发展，全区团结，全区进步，西藏更好。\n");
  EXPECT_EQ(prose.region, "西藏自治区");
  EXPECT_EQ(prose.date, "");
}

TEST(Metadata, SpeakerLineNamesACountyLevelRegion) {
  Document doc =
      load(with_body("政 府 工 作 报 告\n--2015年2月5日在区第十四届人民代表大会第四次会议上\n"
                     "海拉尔区人民政府区长　　杜联合"));
  EXPECT_EQ(doc.region, "海拉尔区");
  EXPECT_EQ(doc.level, "county");
}

TEST(Metadata, ShortFormsTellTheLevelAndTheBodyTheProvince) {
  // 山东 1995: only 省人民政府 and 省八届人大三次会议; the body names 山东 more than any province.
  Document doc = load(
      "---\ntitle: 政府工作报告（省八届人大三次会议 1995年）\n---\n**政府工作报告**\n各位代表：\n"
      "现在，我代表省人民政府向大会作政府工作报告，请予审议。\n**一、1994年政府工作的回顾**\n"
      "过去的一年，全省政治稳定。山东经济发展，全省人民团结奋斗。我省与河北合作，山东港口扩建。\n");
  EXPECT_EQ(doc.region, "山东省");
  EXPECT_EQ(doc.level, "provincial");
  EXPECT_EQ(doc.meeting, "省八届人大三次会议");
  EXPECT_EQ(doc.year, 1995);
  EXPECT_EQ(doc.date, "");
}

TEST(Metadata, ShortFormOfAnAutonomousRegion) {
  Document doc = load(
      "——2018年1月22日在自治区十三届人大一次会议上\n自治区主席 雪克来提·扎克尔\n各位代表：\n"
      "现在，我代表自治区人民政府作工作报告。\n一、工作回顾\n全区经济发展，我区各族人民团结，新疆稳"
      "定。全区更好。\n");
  EXPECT_EQ(doc.region, "新疆维吾尔自治区");
  EXPECT_EQ(doc.level, "provincial");
  EXPECT_EQ(doc.meeting, "自治区十三届人大一次会议");
}

TEST(Metadata, TitleNamesTheRegionAndTheYear) {
  Document doc = load(with_body("---\ntitle: 吉林省2006年政府工作报告\n---\n各位代表："));
  EXPECT_EQ(doc.region, "吉林省");
  EXPECT_EQ(doc.level, "provincial");
  EXPECT_EQ(doc.year, 2006);
  EXPECT_EQ(doc.date, "");
}

TEST(Metadata, ShortNamesAndMunicipalities) {
  EXPECT_EQ(
      load(with_body("---\ntitle: 延边州政府工作报告 （2013年12月21日 李景浩）\n---\n")).region,
      "延边朝鲜族自治州");
  EXPECT_EQ(load(with_body("---\ntitle: 长春政府工作报告 （2011年12月26日 崔杰）\n---\n")).region,
            "长春市");
  Document beijing =
      load(with_body("──2014年1月16日在北京市第十四届人民代表大会第二次会议上\n北京市市长 王安顺"));
  EXPECT_EQ(beijing.region, "北京市");
  EXPECT_EQ(beijing.level, "provincial");
  EXPECT_EQ(load(with_body("龙岩市长 池秋娜")).region, "龙岩市");
}

TEST(Metadata, OpeningSentenceNamesTheGovernment) {
  Document doc = load(
      "各位代表：\n现在，我代表上海市人民政府，向大会作政府工作报告，请予审议。\n一、五年工作的回顾"
      "\n过去的五年。\n");
  EXPECT_EQ(doc.region, "上海市");
  EXPECT_EQ(doc.level, "provincial");
}

TEST(Metadata, ACityNotInTheTableIsCountyLevel) {
  Document doc = load(
      with_body("——2021年1月8日在义乌市第十六届人民代表大会第五次会议上\n义乌市人民政府市长 王健"));
  EXPECT_EQ(doc.region, "义乌市");
  EXPECT_EQ(doc.level, "county");
  // 文山 is 文山州's short name, but 文山市 is the county-level city.
  EXPECT_EQ(load(with_body("——2025年1月22日在文山市第四届人民代表大会第五次会议上")).level,
            "county");
}

TEST(Metadata, NamesAroundAndInsideOtherNames) {
  EXPECT_EQ(
      load(with_body("——2015年1月20日在呼伦贝尔市海拉尔区第十四届人民代表大会第四次会议上")).region,
      "海拉尔区");
  EXPECT_EQ(load(with_body("——2015年1月20日在呼和浩特市第十四届人民代表大会第四次会议上")).region,
            "呼和浩特市");
  EXPECT_EQ(load(with_body("——2014年1月9日在日照市第十七届人民代表大会第三次会议上")).region,
            "日照市");
  EXPECT_EQ(load(with_body("（2006年1月14日 新疆自治区主席）")).region, "新疆维吾尔自治区");
  EXPECT_EQ(load(with_body("——2016年1月17日在连云港市市第十三届人民代表大会第五次会议上")).region,
            "连云港市");
}

TEST(Metadata, CountyNamesThatBeginWithAPreposition) {
  auto region = [](std::string_view date_line) { return load(with_body(date_line)).region; };
  EXPECT_EQ(region("——2016年1月8日在和平区第十七届人民代表大会第四次会议上"), "和平区");
  EXPECT_EQ(region("——2016年1月8日在于都县第十七届人民代表大会第四次会议上"), "于都县");
  EXPECT_EQ(region("——2016年1月8日在即墨区第十七届人民代表大会第四次会议上"), "即墨区");
  EXPECT_EQ(region("——2016年1月8日在月湖区第十七届人民代表大会第四次会议上"), "月湖区");
  EXPECT_EQ(region("——2016年1月8日日土县第十七届人民代表大会第四次会议上"), "日土县");
  EXPECT_EQ(region("——2016年1月8日海拉尔区第十七届人民代表大会第四次会议上"), "海拉尔区");
  EXPECT_EQ(region("关于海拉尔区国民经济和社会发展第十三个五年规划纲要"), "海拉尔区");
}

TEST(Metadata, ALineTheBodyContradictsGivesWay) {
  // 宿州 2015: the date line's 苏州市 is a typo; the title and the body say 宿州.
  Document doc = load(
      "---\ntitle: 宿州市政府工作报告 （2015年1月19日 史翔）\n---\n"
      "——2015年1月19日在苏州市第四届人民代表大会第四次会议上\n市长史翔\n各位代表：\n"
      "一、2014年工作回顾\n宿州经济平稳。砀山、萧县发展，宿州更好。\n");
  EXPECT_EQ(doc.region, "宿州市");
  EXPECT_EQ(doc.level, "city");
}

TEST(Metadata, ABodyThatNeverNamesItsRegionKeepsTheLines) {
  // The body names a neighbour twice and itself never: the date line stands.
  Document doc = load(
      "——2019年1月15日在河北省第十三届人民代表大会第二次会议上\n各位代表：\n"
      "一、2018年工作回顾\n全省经济发展，与山东合作，向山东学习，全省更好。\n");
  EXPECT_EQ(doc.region, "河北省");
}

TEST(Metadata, BodyAloneNamesTheCity) {
  // The seed: a fragment without front matter; 全市 outnumbers 全省, and 株洲 is the city named
  // most.
  Document doc = load(
      "全市上下团结奋斗。株洲经济发展，全市人民满意。全省第一，株洲领先，全市更好。湖南发展。\n");
  EXPECT_EQ(doc.region, "株洲市");
  EXPECT_EQ(doc.level, "city");
  EXPECT_EQ(doc.doc_type, "other");
}

TEST(Metadata, RegionIsNullWhereTheTextNeverNamesIt) {
  Document doc = load("各位代表：\n过去一年，我们攻坚克难，取得了成绩。\n");
  EXPECT_EQ(doc.region, "");
  EXPECT_EQ(doc.level, "");
  EXPECT_FALSE(doc.year);
  EXPECT_EQ(doc.date, "");
  EXPECT_EQ(doc.meeting, "");
}

TEST(Metadata, DistrictBodyWithoutAName) {
  Document doc = load(
      "各位代表：\n现在，我代表区人民政府向大会报告工作。\n全区经济发展，全区人民团结，我区更好。"
      "\n");
  EXPECT_EQ(doc.region, "");
  EXPECT_EQ(doc.level, "county");
}

TEST(Metadata, WithoutARegionTableRegionAndLevelStayEmpty) {
  Document doc = load_document(
      "——2019年1月15日在河北省第十三届人民代表大会第二次会议上\n" + std::string(kBody), "r.md");
  EXPECT_EQ(doc.region, "");
  EXPECT_EQ(doc.level, "");
  EXPECT_EQ(doc.year, 2019);
  EXPECT_EQ(doc.date, "2019-01-15");
}

TEST(PlannedYear, DecemberReportPlansForTheNextYear) {
  Document doc = load(with_body("——2021年12月7日在武威市第五届人民代表大会第一次会议上"));
  EXPECT_EQ(doc.date, "2021-12-07");
  EXPECT_EQ(doc.year, 2022);
  EXPECT_EQ(doc.stated_year, 2021);  // what 今年 means in the text
}

TEST(PlannedYear, TargetsSentenceNamesTheYear) {
  Document doc = load(
      "——2021年12月7日在武威市第五届人民代表大会第一次会议上\n各位代表：\n"
      "二、2022年工作安排\n2022年经济社会发展的主要预期目标是：地区生产总值增长7%。\n");
  EXPECT_EQ(doc.year, 2022);
  // 今年 in a December report may mean either year: the date decides.
  Document december = load(
      "——2016年12月28日在银川市第十五届人民代表大会第一次会议上\n各位代表：\n"
      "今年主要预期目标：地区生产总值增长8%左右。\n");
  EXPECT_EQ(december.year, 2017);
  Document january = load(
      "——2016年1月8日在银川市第十四届人民代表大会第五次会议上\n各位代表：\n"
      "明年主要预期目标是：地区生产总值增长8%左右。\n");
  EXPECT_EQ(january.year, 2017);
}

TEST(PlannedYear, DeadlinesAreNotThePlannedYear) {
  Document doc = load(
      "——2021年1月8日在成都市第十七届人民代表大会第五次会议上\n各位代表：\n"
      "到2035年，全市经济社会发展的主要目标是：基本实现现代化。\n");
  EXPECT_EQ(doc.year, 2021);
}

TEST(PlannedYear, WithoutDateTheHeadingsTell) {
  // 四川 2013 (titled 2013 by its publisher) reviews 2013 and plans 2014.
  Document doc = load(
      "---\ntitle: 2013年四川省人民政府工作报告\n---\n**政府工作报告**\n各位代表：\n"
      "## 一、2013年工作回顾\n过去一年。\n## 二、2014年主要目标任务\n今年。\n");
  EXPECT_EQ(doc.year, 2014);
  Document plan =
      load("各位代表：\n## 一、本届政府工作回顾\n五年来。\n## 二、2018年工作\n今年。\n");
  EXPECT_EQ(plan.year, 2018);
  // A first heading with a year and no review word is a review all the same (山东 1994).
  Document review = load(
      "---\ntitle: 政府工作报告（省八届人大二次会议 1994年）\n---\n各位代表：\n"
      "## 一、1993年全省经济提前实现第二个翻番\n过去一年。\n## 二、明确今年的任务\n今年。\n");
  EXPECT_EQ(review.year, 1994);
}

TEST(PlannedYear, ADateNeitherTextNorTitleAgreesWithGivesWay) {
  // 江苏 2003: （2010年2月20日 梁保华） under 江苏省2003年政府工作报告.
  Document doc = load(
      "---\ntitle: 江苏省2003年政府工作报告\n---\n（2010年2月20日 梁保华）\n各位代表：\n"
      "## 一、过去五年工作回顾\n五年来。\n## 二、今后五年主要任务和2003年预期目标\n今年。\n");
  EXPECT_EQ(doc.year, 2003);
  EXPECT_EQ(doc.date, "2010-02-20");
}

TEST(DocumentType, FromTitleAndFrontMatter) {
  EXPECT_EQ(load("在中国共产党株洲市第十三次代表大会上的报告\n各位代表：\n过去五年。\n").doc_type,
            "party_congress_report");
  EXPECT_EQ(load("在中国共产党株洲市第十三次代表大会上的报告\n各位代表：\n过去五年。\n").region,
            "株洲市");
  EXPECT_EQ(load("---\ntitle: "
                 "湖南省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n---\n第一章 "
                 "发展环境\n内容。\n")
                .doc_type,
            "five_year_plan");
  EXPECT_EQ(
      load("---\ntitle: 2022年河北省国民经济和社会发展统计公报\n---\n一、综合\n内容。\n").doc_type,
      "statistical_communique");
  // A report on a plan given to a congress is the government's report (浙江 1986).
  EXPECT_EQ(load("---\ntitle: 关于浙江省第七个五年计划的报告\n---\n各位代表:\n"
                 "现在，我代表省人民政府作关于我省“七五”计划的报告，请大会审议。\n")
                .doc_type,
            "government_work_report");
}

}  // namespace
}  // namespace zz::text
