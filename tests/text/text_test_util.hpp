// Helpers shared by the zz_text tests: code-point slicing of the original and the offset-map check.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "traditional.hpp"
#include "zzreport/text/char_class.hpp"
#include "zzreport/text/normalize.hpp"
#include "zzreport/text/span.hpp"
#include "zzreport/text/utf8.hpp"

namespace zz::text::test {

/// Python's original[span.begin:span.end] for UTF-8 text.
inline std::string cp_slice(std::string_view s, Span span) {
  std::size_t i = 0;
  std::uint32_t cp = 0;
  while (cp < span.begin && i < s.size()) utf8::next_code_point(s, i), ++cp;
  std::size_t begin = i;
  while (cp < span.end && i < s.size()) utf8::next_code_point(s, i), ++cp;
  return std::string(s.substr(begin, i - begin));
}

/// Code points of UTF-8 text.
inline std::u32string code_points(std::string_view s) {
  std::u32string out;
  for (std::size_t i = 0; i < s.size();) out += utf8::next_code_point(s, i);
  return out;
}

/// True when normalised `n` may stand for original `o`: the same, or one of the folds.
inline bool may_stand_for(char32_t n, char32_t o) {
  if (n == o) return true;
  if (o >= 0xFF01 && o <= 0xFF5E && n == o - 0xFEE0) return true;  // full-width letters, digits
  if (n >= 0xFF01 && n <= 0xFF5E && o == n - 0xFEE0) return true;  // ASCII punctuation widened
  if (n == U' ' && is_space(o)) return true;
  if (n == U'\n' && (o == U'\r' || o == U'\n')) return true;
  return is_traditional(o);
}

/// Checks the offset map of a normalisation: every normalised code point maps to an original
/// code point it may stand for, in strictly increasing order.
inline void expect_map_round_trips(std::string_view original, const Normalized& n) {
  const std::u32string orig = code_points(original);
  std::int64_t last = -1;
  int failures = 0;
  for (std::size_t i = 0; i < n.text.size() && failures < 5;) {
    const auto at = static_cast<std::uint32_t>(i);
    char32_t c = utf8::next_code_point(n.text, i);
    std::uint32_t o = n.map.original_cp(n.text, at);
    if (o >= orig.size() || static_cast<std::int64_t>(o) <= last || !may_stand_for(c, orig[o])) {
      ADD_FAILURE() << "normalised byte " << at << " (U+" << std::hex << static_cast<unsigned>(c)
                    << std::dec << ") maps to original code point " << o;
      ++failures;
    }
    last = o;
  }
  EXPECT_EQ(n.map.original_cp(n.text, static_cast<std::uint32_t>(n.text.size())), orig.size());
}

}  // namespace zz::text::test
