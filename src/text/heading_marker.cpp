// match_heading_marker(): a hand-written matcher over the first few code points of a line.
#include "heading_marker.hpp"

#include "zzreport/text/char_class.hpp"
#include "zzreport/text/utf8.hpp"

namespace zz::text {
namespace {

/// A numeral of a heading's ordinal (一、 十二、 （三）): the digits, 十, 百 and the zeros.
bool is_ordinal_numeral(char32_t c) {
  return std::u32string_view(U"一二三四五六七八九十百零〇两").find(c) != std::u32string_view::npos;
}

struct Cursor {
  std::string_view s;
  std::size_t at = 0;
  char32_t peek() const {
    if (at >= s.size()) return 0;
    std::size_t i = at;
    return utf8::next_code_point(s, i);
  }
  void next() { utf8::next_code_point(s, at); }
  /// Consumes up to `max` characters satisfying `pred`; returns how many.
  template <class Pred>
  int run(Pred pred, int max) {
    int n = 0;
    while (n < max + 1 && at < s.size() && pred(peek())) next(), ++n;
    return n;
  }
};

std::optional<HeadingMarker> done(MarkerStyle style, const Cursor& c) {
  return HeadingMarker{style, static_cast<std::uint32_t>(c.at)};
}

}  // namespace

std::optional<HeadingMarker> match_heading_marker(std::string_view line) {
  Cursor c{line};
  char32_t first = c.peek();
  if (first == U'第') {
    c.next();
    int n = c.run([](char32_t x) { return is_ordinal_numeral(x) || is_ascii_digit(x); }, 4);
    if (n == 0 || n > 4) return std::nullopt;
    char32_t unit = c.peek();
    if (unit == U'章') {
      c.next();
      return done(MarkerStyle::chapter, c);
    }
    if (unit == U'篇' || unit == U'编') {
      c.next();
      return done(MarkerStyle::part, c);
    }
    if (unit == U'节') {
      c.next();
      return done(MarkerStyle::section, c);
    }
    if (unit == U'，' || unit == U'、') {
      c.next();
      return done(MarkerStyle::ordinal, c);
    }
    if (unit == U'部') {
      c.next();
      if (c.peek() != U'分') return std::nullopt;
      c.next();
      return done(MarkerStyle::part, c);
    }
    return std::nullopt;
  }
  if (first >= U'㈠' && first <= U'㈩') {
    c.next();
    return done(MarkerStyle::chinese_paren, c);
  }
  if (first >= U'①' && first <= U'⑳') {
    c.next();
    return done(MarkerStyle::circled, c);
  }
  if (first == U'（' || first == U'(') {
    c.next();
    int chinese = c.run(is_ordinal_numeral, 3);
    int digits = chinese == 0 ? c.run(is_ascii_digit, 2) : 0;
    if ((chinese == 0 && digits == 0) || chinese > 3 || digits > 2) return std::nullopt;
    char32_t close = c.peek();
    if (close != U'）' && close != U')') return std::nullopt;
    c.next();
    return done(chinese > 0 ? MarkerStyle::chinese_paren : MarkerStyle::number_paren, c);
  }
  if (is_ordinal_numeral(first)) {
    int n = c.run(is_ordinal_numeral, 3);
    if (n > 3) return std::nullopt;
    char32_t mark = c.peek();
    if (mark != U'、' && mark != U'．') return std::nullopt;
    c.next();
    return done(MarkerStyle::chinese, c);
  }
  if (is_ascii_digit(first)) {
    int n = c.run(is_ascii_digit, 2);
    if (n > 2) return std::nullopt;
    char32_t mark = c.peek();
    if (mark == U'）' || mark == U')') {
      c.next();
      return done(MarkerStyle::number_close, c);
    }
    if (mark != U'.' && mark != U'、' && mark != U'．') return std::nullopt;
    c.next();
    char32_t after = c.peek();
    if (is_ascii_digit(after) || after == 0) return std::nullopt;  // 1.5%, or a bare "1."
    return done(MarkerStyle::number, c);
  }
  return std::nullopt;
}

}  // namespace zz::text
