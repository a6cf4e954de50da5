// Tests of the kind rules: sections, modality and tense cues, mentions.
#include "quantity_kind.hpp"

#include <gtest/gtest.h>

#include "quantity_fixture.hpp"

namespace zz::extract {
namespace {

using testing::quantity_at;

TEST(QuantityKind, ReadsHeadingPhases) {
  EXPECT_EQ(phase_of_heading(testing::shipped_rules(), "一、过去五年工作回顾", 2023),
            Phase::review);
  EXPECT_EQ(phase_of_heading(testing::shipped_rules(), "二、今后五年的奋斗目标", 2023),
            Phase::plan);
  EXPECT_EQ(phase_of_heading(testing::shipped_rules(), "三、2023年工作安排", 2023), Phase::plan);
  EXPECT_EQ(phase_of_heading(testing::shipped_rules(), "一、2022年工作", 2023), Phase::review);
  EXPECT_EQ(phase_of_heading(testing::shipped_rules(), "四、加强政府自身建设", 2023),
            Phase::unknown);
}

TEST(QuantityKind, SectionDecidesBetweenTargetAndAchievement) {
  std::string_view text =
      "## 一、过去五年工作回顾\n全市生产总值增长8%，新增就业5万人。\n"
      "## 二、今后五年的目标任务\n全市生产总值增长6%，新增就业6万人。\n";
  EXPECT_EQ(quantity_at(text, "8%").kind, QuantityKind::achievement);
  EXPECT_EQ(quantity_at(text, "5万人").kind, QuantityKind::achievement);
  EXPECT_EQ(quantity_at(text, "6%").kind, QuantityKind::target);
  EXPECT_EQ(quantity_at(text, "6万人").kind, QuantityKind::target);
}

TEST(QuantityKind, ModalityDecidesWithoutSections) {
  EXPECT_EQ(quantity_at("力争新增2-3个千亿产业集群。", "2-3个").kind, QuantityKind::target);
  EXPECT_EQ(quantity_at("全市生产总值增长了8%。", "8%").kind, QuantityKind::achievement);
  EXPECT_EQ(
      quantity_at("今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人以上。",
                  "1200万人")
          .kind,
      QuantityKind::target);
}

TEST(QuantityKind, APlanStatesTargetsWhateverTheVerbButItsReviewStaysAchievements) {
  // The 14th five-year plan (2021) as published: a dateline, the title in the front matter and
  // in bold, headings without cues; its targets were read as achievements.
  std::string_view plan =
      "---\ntitle: 中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要\n----\n\n"
      "新华社北京3月12日电\n\n"
      "**中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要**\n\n"
      "第一章　“十三五”时期取得的成就\n\n国内生产总值超过100万亿元，5575万农村贫困人口实现脱贫。\n"
      "\n"
      "第二章　主要指标\n\n常住人口城镇化率提高到65%，湿地保护率提高到55%。\n\n"
      "第二十三章　提高农业质量效益和竞争力\n\n"
      "农作物耕种收综合机械化率提高到75%，新增建设用地规模控制在2950万亩以内，"
      "累计完成高标准农田建设10.75亿亩。\n";
  EXPECT_EQ(quantity_at(plan, "100万亿元").kind, QuantityKind::achievement);
  EXPECT_EQ(quantity_at(plan, "65%").kind, QuantityKind::target);
  EXPECT_EQ(quantity_at(plan, "55%").kind, QuantityKind::target);
  EXPECT_EQ(quantity_at(plan, "75%").kind, QuantityKind::target);
  EXPECT_EQ(quantity_at(plan, "2950万亩").kind, QuantityKind::target);
  EXPECT_EQ(quantity_at(plan, "10.75亿亩").kind, QuantityKind::target);  // 累计完成: still a target
  // The same verb in a work report's review stays a result.
  EXPECT_EQ(
      quantity_at("## 一、2020年工作回顾\n累计完成高标准农田建设10.75亿亩。\n", "10.75亿亩").kind,
      QuantityKind::achievement);
}

TEST(QuantityKind, PlanSectionsOfAReport) {
  // 苏州 2016: the 规划纲要 section of a work report plans, its review of the last plan looks back;
  // 宁波 2011: “十一五”规划执行情况 reviews, though the heading also says 主要工作.
  std::string_view text =
      "## 一、“十一五”规划执行情况和政府主要工作\n全市生产总值年均增长11.8%。\n"
      "## 二、“十三五”规划纲要（草案）的主要内容\n地区生产总值年均增长7%。\n"
      "### 1.“十二五”发展的重大成就和宝贵经验\n城镇居民人均可支配收入年均增长9.5%。\n";
  EXPECT_EQ(quantity_at(text, "11.8%").kind, QuantityKind::achievement);
  EXPECT_EQ(quantity_at(text, "7%").kind, QuantityKind::target);
  EXPECT_EQ(quantity_at(text, "9.5%").kind, QuantityKind::achievement);
}

TEST(QuantityKind, AHeadingThatLooksBackThenForwardPlansFromWhereItsForwardPartBegins) {
  // The national report of 1994: the first chapter reviews 1993 and then sets out 1994's course;
  // the chapters after it, without cues, plan. They were all read as a review.
  std::string_view report =
      "**1994年政府工作报告**\n\n"
      "## 一、1993年国内工作的回顾和1994年工作的基本方针\n\n"
      "国民经济快速增长。国内生产总值比上年增长百分之十三点四。\n\n"
      "各位代表！中共中央明确提出了今年全党和全国工作的基本方针。今年计划国内生产总值增长"
      "百分之九。\n\n"
      "## 二、保持国民经济持续快速健康发展\n\n国家准备重点扶持500个商品粮大县。\n";
  EXPECT_EQ(quantity_at(report, "十三点四%").kind, QuantityKind::achievement);
  EXPECT_EQ(quantity_at(report, "九%").kind, QuantityKind::target);
  EXPECT_EQ(quantity_at(report, "500个").kind, QuantityKind::target);
  // The same without an outline, and with a five-year plan's name for the forward time.
  std::string_view plain =
      "2021年政府工作报告\n\n二、“十三五”时期发展成就和“十四五”时期主要目标任务\n\n"
      "过去五年，国内生产总值突破100万亿元。\n\n"
      "“十四五”时期是开启全面建设社会主义现代化国家新征程的第一个五年。"
      "常住人口城镇化率提高到65%。\n\n三、加强政府自身建设\n\n森林覆盖率达到24.1%。\n";
  EXPECT_EQ(quantity_at(plain, "100万亿元").kind, QuantityKind::achievement);
  EXPECT_EQ(quantity_at(plain, "65%").kind, QuantityKind::target);
  EXPECT_EQ(quantity_at(plain, "24.1%").kind, QuantityKind::target);
  // A heading with no forward time (宁波 2011) reviews both of its parts, and so does the next one.
  std::string_view review =
      "2011年政府工作报告\n\n## 一、“十一五”规划执行情况和政府主要工作\n\n"
      "全市生产总值年均增长11.8%。\n\n## 二、加强政府自身建设\n\n新建学校12所。\n";
  EXPECT_EQ(quantity_at(review, "11.8%").kind, QuantityKind::achievement);
  EXPECT_EQ(quantity_at(review, "12所").kind, QuantityKind::achievement);
}

TEST(QuantityKind, APlansFirstSectionOnItsBasisLooksBack) {
  // Provincial and national plans open with 第一章 发展环境 / 第一节 发展基础: what the last plan
  // achieved, under a heading with no cue; the chapters after it plan.
  std::string_view plan =
      "**某省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要**\n\n"
      "第一章　发展环境\n\n第一节　发展基础\n\n全省生产总值突破4万亿元，城镇化率达到60.1%。\n\n"
      "第二节　发展环境\n\n常住人口城镇化率提高到65%。\n\n"
      "第二章　主要目标\n\n森林覆盖率达到24.1%。\n";
  EXPECT_EQ(quantity_at(plan, "4万亿元").kind, QuantityKind::achievement);
  EXPECT_EQ(quantity_at(plan, "60.1%").kind, QuantityKind::achievement);
  EXPECT_EQ(quantity_at(plan, "65%").kind, QuantityKind::target);
  EXPECT_EQ(quantity_at(plan, "24.1%").kind, QuantityKind::target);
  // In a work report the words are no cue (夯实高质量发展基础 does not look back): the clause
  // decides.
  EXPECT_EQ(
      quantity_at("2023年政府工作报告\n\n## 一、夯实高质量发展基础\n\n要新建学校12所。\n", "12所")
          .kind,
      QuantityKind::target);
}

TEST(QuantityKind, DurationsEnumerationsAndSmallChineseCountsAreMentions) {
  EXPECT_EQ(quantity_at("株洲经过建市70年特别是改革开放。", "70年").kind, QuantityKind::mention);
  EXPECT_EQ(quantity_at("聚焦轨道交通、航空动力、先进硬质材料等3个优势产业。", "3个").kind,
            QuantityKind::mention);
  EXPECT_EQ(quantity_at("利用国内国际两个市场。", "两个").kind, QuantityKind::mention);
  EXPECT_EQ(quantity_at("基层党建工作连续四年获“好”等次。", "四年").kind,
            QuantityKind::achievement);
}

}  // namespace
}  // namespace zz::extract
