// Quantity units: the measure words, currencies and percent signs a recognised number may carry
// (data/rules/units.tsv), with the base unit and scale a magnitude is normalised to.
#pragma once

#include <cstddef>
#include <string_view>

namespace zz::extract {

/// What kind of unit it is; decides how a number is read (a count of things, money, a rate).
enum class UnitClass : unsigned char {
  percent,   ///< %, ‰, 个百分点
  money,     ///< 元, 美元
  count,     ///< a measure word for things: 家, 个, 项, 人, 户
  time,      ///< 年, 个月, 天, 小时: durations
  physical,  ///< 吨, 公里, 亩, 千瓦
  multiple,  ///< 倍
};

/// A unit found at the start of some text.
struct UnitMatch {
  std::size_t length = 0;  ///< bytes of the unit as written (0: none)
  std::string_view base;   ///< base unit: "元", "%", "个百分点", "家"
  double scale = 1;        ///< of the written unit in base units (‰ -> 0.1 %)
  UnitClass unit_class = UnitClass::count;
};

namespace detail {
struct RuleTables;
}

/// The longest unit of `rules` (without magnitude prefix) at the start of `text`, or length 0.
UnitMatch match_unit(std::string_view text, const detail::RuleTables& rules);

}  // namespace zz::extract
