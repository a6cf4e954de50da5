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
