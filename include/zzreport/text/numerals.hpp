// Numerals: the value of a span already recognised as a number (Arabic, full-width, Chinese,
// 百分之…, ranges, approximations), and years written out (2035年, 二〇三五年). The one reader
// of numbers: the front matter's report year, the quantity recogniser and the horizons use it.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace zz::text {

/// The value of one numeral span. For a single number min == max.
struct Numeral {
  double min = 0;
  double max = 0;
  bool range = false;    ///< 2-3, 5—6, 两三, 十几: min < max
  bool approx = false;   ///< 约, 左右, 多, 余, 几, 数
  bool percent = false;  ///< 百分之…, trailing % or ％
};

/// Parses `text`, a whole numeral such as "1,234.5", "１２", "一千二百", "二〇三五", "千亿",
/// "1.5万亿", "百分之十五", "2-3", "5—6", "两三", "十几", "约100", "5%左右", "100多", "十余".
/// Magnitude characters (万, 亿, 千, 百) are part of the value. Returns nothing when `text` is not
/// entirely a numeral.
std::optional<Numeral> parse_numeral(std::string_view text);

/// True for a code point that can be part of a Chinese numeral
/// (〇零一二两三四五六七八九十百千万亿).
bool is_chinese_numeral(char32_t cp);

/// The digit value of 〇零一…九 and 两 (0–9), or -1.
int chinese_digit(char32_t cp);

/// The value of the magnitude characters written after a number (万 1e4, 亿 1e8, 万亿 1e12, as in
/// 5000亿元): that of 一 followed by them; 1 when `magnitude` is empty; nothing when it is not one.
std::optional<double> magnitude_value(std::string_view magnitude);

/// A year written as four digits and 年 starting at byte `i` of `text` (valid UTF-8): 2035年,
/// 二〇三五年, 一九五四年, and in print 二○一二年 or 二O一二年 (○ or the letter O for 〇). The four
/// digits are all Arabic or all Chinese. Sets `end` to the byte after 年.
std::optional<int> year_at(std::string_view text, std::size_t i, std::size_t* end = nullptr);

/// The first year_at() in `text` that is not the tail of a longer number (no digit before it)
/// and lies in [first, last]; `end` is set to the byte after its 年.
std::optional<int> find_year(std::string_view text, int first, int last,
                             std::size_t* end = nullptr);

}  // namespace zz::text
