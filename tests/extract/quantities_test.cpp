// Tests of extract_quantities(): whole paragraphs, milestones, positions in the original text.
#include "zzreport/extract/quantities.hpp"

#include <gtest/gtest-spi.h>  // EXPECT_NONFATAL_FAILURE
#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>
#include <string>

#include "quantity_fixture.hpp"

namespace zz::extract {
namespace {

/// quantity_at() on a needle that no quantity, or several, are written as.
void look_up_missing() {
  try {
    testing::quantity_at("科技进步贡献率超过70%。", "80%");
  } catch (const std::runtime_error&) {
  }
}
void look_up_ambiguous() {
  try {
    testing::quantity_at("新增企业10家、商户10家。", "10家");
  } catch (const std::runtime_error&) {
  }
}

TEST(QuantityFixture, FailsTheTestWhenNoOneQuantityIsWrittenAsTheNeedle) {
  // Not a default quantity that an assertion of "no hedge" or "a mention" would accept.
  EXPECT_NONFATAL_FAILURE(look_up_missing(), "0 quantities of");
  EXPECT_NONFATAL_FAILURE(look_up_ambiguous(), "2 quantities of");
}

TEST(Quantities, ReportsSpansInOriginalCodePoints) {
  std::string_view text = "科技进步贡献率超过７０％。";
  std::vector<Quantity> found = testing::quantities_of(text);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].span.begin, 9u);
  EXPECT_EQ(found[0].span.end, 12u);
  EXPECT_EQ(found[0].value, 70);
  EXPECT_EQ(found[0].base_unit, "%");
}

TEST(Quantities, NormalisesMagnitudes) {
  Quantity q = testing::quantity_at("全市经济总量迈上5000亿元台阶。", "5000亿元");
  EXPECT_EQ(q.value, 5000);
  EXPECT_EQ(q.magnitude, 5e11);
  EXPECT_EQ(q.base_unit, "元");
  Quantity p = testing::quantity_at("提高0.5个百分点。", "0.5个百分点");
  EXPECT_EQ(p.base_unit, "个百分点");
}

TEST(Quantities, LeavesOutAMagnitudeBeyondTheRangeOfADouble) {
  // 308 nines are finite (~1e308); in 亿元 (x 1e8) they are not: the magnitude is absent.
  std::string text = "全市财政收入达到" + std::string(308, '9') + "亿元。";
  std::vector<Quantity> found = testing::quantities_of(text);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_TRUE(found[0].value && std::isfinite(*found[0].value));
  EXPECT_FALSE(found[0].magnitude.has_value()) << *found[0].magnitude;
  EXPECT_EQ(found[0].base_unit, "元");
}

TEST(Quantities, ReportsRangesAsMinAndMax) {
  Quantity q = testing::quantity_at("力争新增2-3个千亿产业集群。", "2-3个");
  EXPECT_FALSE(q.value.has_value());
  EXPECT_EQ(q.min, 2);
  EXPECT_EQ(q.max, 3);
  EXPECT_EQ(q.value_text, "2-3");
}

TEST(Quantities, DatedGoalsAreTargetsWithoutValue) {
  std::vector<Quantity> found =
      testing::quantities_of("再用十年的奋斗，到2035年基本建成现代化，那时的株洲将更美。");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].kind, QuantityKind::target);
  EXPECT_FALSE(found[0].value.has_value());
  EXPECT_EQ(found[0].horizon, "2035年");
  EXPECT_EQ(found[0].quote, "到2035年基本建成现代化");
}

TEST(Quantities, NamesKinds) {
  EXPECT_EQ(to_string(QuantityKind::target), "target");
  EXPECT_EQ(to_string(QuantityKind::achievement), "achievement");
  EXPECT_EQ(to_string(QuantityKind::mention), "mention");
}

}  // namespace
}  // namespace zz::extract
