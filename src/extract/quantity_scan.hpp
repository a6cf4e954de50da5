// Quantity recognition: finds the numbers with units in a stretch of text and rejects what only
// looks numeric (dates, years, ordinals, codes, product names, slogans, periods such as 今后五年).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "quantity_units.hpp"
#include "zzreport/extract/quantity_rules.hpp"
#include "zzreport/text/document.hpp"
#include "zzreport/text/numerals.hpp"

namespace zz::extract {

/// One recognised quantity, before classification.
struct QuantityMatch {
  text::ByteRange range;  ///< number, magnitude and unit as written ("5000亿元", "百分之十五")
  text::ByteRange numeral;  ///< the number as written ("5000", "2-3", "千")
  std::string unit;         ///< magnitude and unit as written ("亿元", "%", "家"); may be "亿"
  text::Numeral value;      ///< in the written unit (5000 for 5000亿元)
  double scale = 1;         ///< the written unit in base units (1e8 for 亿元)
  std::string base_unit;    ///< "元", "%", "家"; empty for a bare magnitude (千亿)
  UnitClass unit_class = UnitClass::count;
  bool chinese = false;  ///< written in Chinese numerals (四年, 两个)
};

/// The quantities in `within` (a paragraph) of `text`, in text order.
std::vector<QuantityMatch> scan_quantities(std::string_view text, text::ByteRange within,
                                           const QuantityRules& rules);

}  // namespace zz::extract
