// Merge rules for numbers: Arabic and Chinese numerals with ranges, magnitudes, percent signs,
// date units and (in the coarse granularity) measure units and classifiers. Private to zz_segment.
#pragma once

#include <cstddef>
#include <string_view>

namespace zz::segment::detail {

/// End (byte offset) of the number expression that starts with an Arabic digit at `begin` of
/// `text`: 5000亿元, 1.5万亿元, 70%, 2-3个, 5—6个, 3+3+2, 2035年, 100多个, 3个百分点. Returns
/// `begin` when no digit starts there. `coarse`: include measure units and classifiers (元, 个, 吨,
/// ...).
std::size_t scan_arabic_number(std::string_view text, std::size_t begin, bool coarse);

/// Start (byte offset) of the minus sign directly before the number text[begin, end) (－9℃,
/// 增长-0.5%), or `begin` when there is none. Only rates and temperatures are signed (小鹰-700 is
/// a name); a minus after a digit, a letter, a percent sign or # joins a range (3-5, 6.5%-7%).
std::size_t sign_start(std::string_view text, std::size_t begin, std::size_t end);

/// Length in code points of the Chinese-numeral expression at `k` of the code points `cps[0, n)`,
/// or 0: 百分之七十, 一九七七年, 三十一日, 第三, 十二亿, and with `coarse` 三个, 两个百分点.
/// A lone numeral without a unit (一, 三高四新's 三) is not a number.
std::size_t match_chinese_number(const char32_t* cps, std::size_t n, std::size_t k, bool coarse);

}  // namespace zz::segment::detail
