// Numbers as front matter writes them: years (2024, 二〇二四), months and days (十二月二十七日),
// ordinals (第十三届, 八届), in Arabic or Chinese numerals.
#pragma once

#include <optional>
#include <string_view>

#include "u32_text.hpp"
#include "zzreport/text/char_class.hpp"
#include "zzreport/text/numerals.hpp"

namespace zz::text {

/// A digit of a date or an ordinal: chinese_digit() (the one reader, zzreport/text/numerals.hpp)
/// with ○ and the letter O as typed for 〇, and without 两 (两 is a count, never a digit of a
/// date).
inline int date_digit(char32_t c) {
  if (c == U'○' || c == U'O') return 0;
  return c == U'两' ? -1 : chinese_digit(c);
}

/// A character of a small number: an ASCII digit, a Chinese digit or 十/百.
inline bool is_number_char(char32_t c) {
  return is_ascii_digit(c) || date_digit(c) >= 0 || c == U'十' || c == U'百';
}

/// The value of a small number written whole in `s`: 12, 十二, 二十七, 三十一, 一百零二, 二〇; or
/// nothing when `s` is not one.
inline std::optional<int> small_number(std::u32string_view s) {
  if (s.empty() || s.size() > 6) return std::nullopt;
  int value = 0;
  if (is_ascii_digit(s[0])) {
    for (char32_t c : s) {
      if (!is_ascii_digit(c)) return std::nullopt;
      value = value * 10 + static_cast<int>(c - U'0');
    }
    return value;
  }
  // Positional (二〇, 一二) unless 十 or 百 appears: then 二十七 = 2 × 10 + 7.
  if (s.find_first_of(U"十百") == std::u32string_view::npos) {
    for (char32_t c : s) {
      int d = date_digit(c);
      if (d < 0) return std::nullopt;
      value = value * 10 + d;
    }
    return value;
  }
  int pending = 0;
  for (char32_t c : s) {
    if (c == U'百' || c == U'十') {
      value += (pending == 0 ? 1 : pending) * (c == U'百' ? 100 : 10);
      pending = 0;
    } else {
      int d = date_digit(c);
      if (d < 0) return std::nullopt;
      pending = d;
    }
  }
  return value + pending;
}

// The years a report may be of or plan for: the People's Republic's first to the century's end.
inline constexpr int kFirstYear = 1949;
inline constexpr int kLastYear = 2100;

/// The year written at `i` of `s` (2024年, 二〇二四年), not after another number character, from
/// kFirstYear to kLastYear; or nothing. The digits are read by year_at() of
/// zzreport/text/numerals.hpp, the one reader of years, on the UTF-8 of these five characters.
inline std::optional<int> year_at(std::u32string_view s, std::size_t i) {
  if (i + 4 >= s.size() || s[i + 4] != U'年') return std::nullopt;
  if (i > 0 && is_number_char(s[i - 1])) return std::nullopt;
  std::optional<int> year = year_at(to_utf8(s.substr(i, 5)), 0);
  if (!year || *year < kFirstYear || *year > kLastYear) return std::nullopt;
  return year;
}

}  // namespace zz::text
