// Tests of the labels shared by the Markdown and terminal writers.
#include "labels.hpp"

#include <gtest/gtest.h>

namespace zz::report::detail {
namespace {

extract::Quantity quantity(extract::Op op, std::string value_text, std::string unit) {
  extract::Quantity q;
  q.op = op;
  q.value_text = std::move(value_text);
  q.unit = std::move(unit);
  return q;
}

TEST(Labels, NumbersHaveNoNeedlessDigits) {
  EXPECT_EQ(format_number(70), "70");
  EXPECT_EQ(format_number(2.5), "2.5");
  EXPECT_EQ(format_number(5e11), "500000000000");
}

TEST(Labels, QuantityReadsAsWritten) {
  EXPECT_EQ(quantity_label(quantity(extract::Op::gt, "70", "%")), "超过 70%");
  EXPECT_EQ(quantity_label(quantity(extract::Op::ge, "5000", "亿元")), "≥ 5000亿元");
  EXPECT_EQ(quantity_label(quantity(extract::Op::approx, "5", "%")), "约 5%");
  EXPECT_EQ(quantity_label(quantity(extract::Op::range, "2-3", "个")), "2-3个");
  EXPECT_EQ(quantity_label(quantity(extract::Op::eq, "千亿", "")), "千亿");
}

TEST(Labels, AChangeSaysItsDirectionUnlessTheComparatorDoes) {
  extract::Quantity energy = quantity(extract::Op::ge, "15", "%");
  energy.change = extract::Change::decrease;
  EXPECT_EQ(quantity_label(energy), "下降 ≥ 15%");
  extract::Quantity income = quantity(extract::Op::ge, "8", "%");
  income.change = extract::Change::increase;
  EXPECT_EQ(quantity_label(income), "增长 ≥ 8%");
  extract::Quantity clusters = quantity(extract::Op::range, "2-3", "个");
  clusters.change = extract::Change::increase;
  EXPECT_EQ(quantity_label(clusters), "增加 2-3个");
  extract::Quantity firms = quantity(extract::Op::inc, "1000", "家");
  firms.change = extract::Change::increase;
  EXPECT_EQ(quantity_label(firms), "增加 1000家");
}

TEST(Labels, QuantityWithoutTextUsesValuesAndDashWhenNone) {
  extract::Quantity q = quantity(extract::Op::range, "", "%");
  q.min = 2;
  q.max = 3.5;
  EXPECT_EQ(quantity_label(q), "2-3.5%");
  EXPECT_EQ(quantity_label(quantity(extract::Op::eq, "", "")), "—");
}

TEST(Labels, HorizonAddsTheYearOnlyWhenNotWritten) {
  extract::Quantity q;
  q.horizon = "五年";
  q.horizon_year = 2026;
  EXPECT_EQ(horizon_label(q), "五年（2026）");
  q.horizon = "到2035年";
  q.horizon_year = 2035;
  EXPECT_EQ(horizon_label(q), "到2035年");
  q.horizon.clear();
  EXPECT_EQ(horizon_label(q), "2035年");
  q.horizon_year.reset();
  EXPECT_EQ(horizon_label(q), "");
}

TEST(Labels, SectionIsMarkerAndTitleOrEmpty) {
  text::Document doc;
  doc.sections.push_back({1, "三、", "主要目标", {}, {}, {}, {}});
  EXPECT_EQ(section_label(doc, 0u), "三、主要目标");
  EXPECT_EQ(section_label(doc, 5u), "");
  EXPECT_EQ(section_label(doc, std::nullopt), "");
}

TEST(Labels, LevelNamesReadInChinese) {
  EXPECT_EQ(level_label("city"), "市级");
  EXPECT_EQ(level_label("county"), "区县级");
  EXPECT_EQ(level_label("other"), "other");
}

}  // namespace
}  // namespace zz::report::detail
