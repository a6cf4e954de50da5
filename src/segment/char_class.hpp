// Character classes the segmenter decides on: Han, digits (ASCII and full-width), Chinese numerals,
// Latin letters. Private to zz_segment.
#pragma once

#include <cstdint>

#include "zzreport/text/char_class.hpp"

namespace zz::segment::detail {

/// A character of a run of Chinese text: a Han ideograph (text::is_han, which counts 〇), or ○
/// (U+25CB, a geometric circle) that print uses for 〇 inside numerals (二○○一).
inline bool is_han_text(char32_t cp) { return text::is_han(cp) || cp == 0x25CB; }

/// Value of an ASCII or full-width decimal digit, or -1.
inline int digit_value(char32_t cp) {
  if (cp >= U'0' && cp <= U'9') return static_cast<int>(cp - U'0');
  if (cp >= 0xFF10 && cp <= 0xFF19) return static_cast<int>(cp - 0xFF10);
  return -1;
}

inline bool is_digit(char32_t cp) { return digit_value(cp) >= 0; }

/// ASCII or full-width Latin letter.
inline bool is_latin(char32_t cp) {
  return (cp >= U'A' && cp <= U'Z') || (cp >= U'a' && cp <= U'z') ||
         (cp >= 0xFF21 && cp <= 0xFF3A) || (cp >= 0xFF41 && cp <= 0xFF5A);
}

/// A Chinese digit: 〇○零一二两三四五六七八九 (两 only as a count, see number_rules.cpp).
inline bool is_cn_digit(char32_t cp) {
  switch (cp) {
    case U'〇':
    case U'○':
    case U'零':
    case U'一':
    case U'二':
    case U'两':
    case U'三':
    case U'四':
    case U'五':
    case U'六':
    case U'七':
    case U'八':
    case U'九':
      return true;
    default:
      return false;
  }
}

/// A Chinese magnitude inside a number: 十百千万亿 (and their financial forms).
inline bool is_cn_magnitude(char32_t cp) {
  switch (cp) {
    case U'十':
    case U'百':
    case U'千':
    case U'万':
    case U'亿':
    case U'拾':
    case U'佰':
    case U'仟':
    case U'萬':
    case U'億':
      return true;
    default:
      return false;
  }
}

inline bool is_space(char32_t cp) {
  return cp == U' ' || cp == U'\t' || cp == U'\n' || cp == U'\r' || cp == U'\f' || cp == U'\v' ||
         cp == 0x3000 || cp == 0x00A0 || (cp >= 0x2000 && cp <= 0x200B);
}

}  // namespace zz::segment::detail
