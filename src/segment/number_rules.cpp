// Number merge rules. The unit lists are written for policy documents (money, area, energy,
// counts of projects and firms); each rule is tested in tests/segment/number_rules_test.cpp.
#include "number_rules.hpp"

#include <string_view>

#include "char_class.hpp"
#include "zzreport/text/utf8.hpp"

namespace zz::segment::detail {
namespace {

// Units after a number in the coarse granularity, longest first where one is a prefix of another.
constexpr std::u32string_view kUnits[] = {
    U"个百分点", U"百分点", U"个月", U"平方公里", U"平方米", U"立方米", U"公里", U"千米",
    U"千瓦时",   U"千瓦",   U"兆瓦", U"吉瓦",     U"瓦",     U"千克",   U"公斤", U"公顷",
    U"标准箱",   U"美元",   U"欧元", U"港元",     U"日元",   U"小时",   U"分钟", U"人次",
    U"元",       U"个",     U"项",   U"家",       U"户",     U"人",     U"名",   U"位",
    U"次",       U"件",     U"条",   U"座",       U"所",     U"台",     U"辆",   U"艘",
    U"架",       U"只",     U"头",   U"套",       U"批",     U"种",     U"类",   U"处",
    U"篇",       U"部",     U"张",   U"份",       U"场",     U"届",     U"轮",   U"吨",
    U"亩",       U"米",     U"倍",   U"岁",       U"天",     U"周",     U"度"};

// Date and period units, kept with their number in every granularity (2035年, 十二月, 三十一日).
constexpr std::u32string_view kDateUnits[] = {U"年代", U"年", U"月", U"日", U"号"};
// In the fine granularity a Chinese numeral keeps only calendar units (十二月, 三十一日,
// 一九七七年); 三年 (three years) is a count and a unit.
constexpr std::u32string_view kCalendarUnits[] = {U"月", U"日", U"号"};

// Clock times after an Arabic number, kept whole in every granularity like dates: 9时, and after
// an hour 30分 (9时30分 is two tokens, as 2月3日 is). A number and 时 make a clock time only after
// a day or a part of it (3日8时, 上午9时, 凌晨2时, 晚8时) or before minutes (9时30分):
// 指数低于100时
// ("when") and “1时代” are not times.
constexpr char32_t kHour = U'时';
constexpr std::u32string_view kBeforeClockTime = U"日午晚晨早夜";
constexpr std::u32string_view kAfterHourUnits[] = {U"分"};

char32_t code_point_at(std::string_view text, std::size_t i) {
  return text::utf8::next_code_point(text, i);
}

/// Start of the code point before byte `i` (0 at 0).
std::size_t previous_start(std::string_view text, std::size_t i) {
  return i == 0 ? 0 : text::utf8::previous_boundary(text, static_cast<std::uint32_t>(i));
}

bool is_minus(char32_t cp) { return cp == U'-' || cp == 0xFF0D || cp == 0x2212; }

bool is_range_connector(char32_t cp) {
  return cp == U'-' || cp == 0x2013 || cp == 0x2014 || cp == U'~' || cp == 0xFF5E || cp == 0xFF0D ||
         cp == U'+' || cp == U'/';
}

bool is_percent(char32_t cp) { return cp == U'%' || cp == 0xFF05 || cp == 0x2030; }

/// A character after which a minus joins rather than signs: a digit, a letter, a percent sign, a
/// minus, or a mark that numbers things (#, ＃, ℃).
bool is_alnum_or_mark(char32_t cp) {
  return is_digit(cp) || is_latin(cp) || is_percent(cp) || is_minus(cp) || cp == U'#' ||
         cp == 0xFF03 || cp == 0x2103;
}

bool is_about(char32_t cp) { return cp == U'多' || cp == U'余'; }

/// Code points of `text` from byte `i` decoded on demand.
struct Cursor {
  std::string_view text;
  std::size_t i;
  bool done() const { return i >= text.size(); }
  char32_t peek() const {
    std::size_t j = i;
    return done() ? 0 : text::utf8::next_code_point(text, j);
  }
  char32_t peek2() const {
    if (done()) return 0;
    std::size_t j = i;
    text::utf8::next_code_point(text, j);
    return j >= text.size() ? 0 : text::utf8::next_code_point(text, j);
  }
  void advance() { text::utf8::next_code_point(text, i); }
};

/// Matches the first unit of `units` that `cursor` starts with, advancing past it.
template <std::size_t N>
bool match_unit(Cursor& cursor, const std::u32string_view (&units)[N]) {
  for (std::u32string_view unit : units) {
    Cursor probe = cursor;
    std::size_t k = 0;
    while (k < unit.size() && !probe.done() && probe.peek() == unit[k]) {
      probe.advance();
      ++k;
    }
    if (k == unit.size()) {
      cursor = probe;
      return true;
    }
  }
  return false;
}

/// Digits with decimal points and thousands separators: 1,234.5 or 1.5.
void read_decimal(Cursor& c) {
  while (!c.done()) {
    char32_t cp = c.peek();
    if (is_digit(cp)) {
      c.advance();
    } else if ((cp == U'.' || cp == U',' || cp == 0xFF0E) && is_digit(c.peek2())) {
      c.advance();
    } else {
      break;
    }
  }
}

/// Length of a unit (of `units`) starting at cps[k], or 0.
template <std::size_t N>
std::size_t unit_length(const char32_t* cps, std::size_t n, std::size_t k,
                        const std::u32string_view (&units)[N]) {
  for (std::u32string_view unit : units) {
    if (n - k >= unit.size() && std::u32string_view(cps + k, unit.size()) == unit)
      return unit.size();
  }
  return 0;
}

/// Whether the number at `begin`, `hour` at 时 after it, is the hour of a clock time.
bool is_clock_hour(std::string_view text, std::size_t begin, Cursor hour) {
  if (begin > 0 && kBeforeClockTime.find(code_point_at(text, previous_start(text, begin))) !=
                       std::u32string_view::npos) {
    return true;
  }
  hour.advance();
  if (!is_digit(hour.peek())) return false;
  read_decimal(hour);
  return hour.peek() == U'分';
}

/// Whether the number at `begin` follows an hour of a clock time (9时30分: 30 follows 9时).
bool follows_hour(std::string_view text, std::size_t begin) {
  std::size_t hour = previous_start(text, begin);
  if (hour == begin || code_point_at(text, hour) != kHour || hour == 0) return false;
  return is_digit(code_point_at(text, previous_start(text, hour)));
}

}  // namespace

std::size_t scan_arabic_number(std::string_view text, std::size_t begin, bool coarse) {
  Cursor c{text, begin};
  if (!is_digit(c.peek())) return begin;
  read_decimal(c);
  // Ranges and sums: 2-3, 5—6, 3+3+2; a connector counts only between digits.
  while (is_range_connector(c.peek()) && is_digit(c.peek2())) {
    c.advance();
    read_decimal(c);
  }
  if (is_latin(c.peek())) return begin;  // 5G, 3D: a Latin/digit word, not a number
  if (is_percent(c.peek())) {
    c.advance();
    return c.i;
  }
  if (is_about(c.peek())) c.advance();
  bool magnitude = false;
  while (is_cn_magnitude(c.peek())) {
    c.advance();
    magnitude = true;
  }
  if (magnitude && is_about(c.peek())) c.advance();
  if (!magnitude && match_unit(c, kDateUnits)) return c.i;
  if (!magnitude && c.peek() == kHour && is_clock_hour(text, begin, c)) {
    c.advance();
    return c.i;
  }
  if (!magnitude && follows_hour(text, begin) && match_unit(c, kAfterHourUnits)) return c.i;
  if (coarse) match_unit(c, kUnits);
  return c.i;
}

std::size_t sign_start(std::string_view text, std::size_t begin, std::size_t end) {
  std::size_t sign = previous_start(text, begin);
  if (sign == begin || !is_minus(code_point_at(text, sign))) return begin;
  if (sign > 0) {
    // 3-5, A-5, 6.5%-7%, 13#-14#: a range or a name, not a sign.
    char32_t before = code_point_at(text, previous_start(text, sign));
    if (is_alnum_or_mark(before)) return begin;
  }
  // What goes below zero in these texts: rates (增长-13.8%) and temperatures (－9℃); 小鹰-700 is a
  // name.
  char32_t last = code_point_at(text, previous_start(text, end));
  char32_t next = end < text.size() ? code_point_at(text, end) : 0;
  bool rate = is_percent(last);
  bool temperature = last == U'度' || next == U'度' || next == 0x2103 || next == 0x00B0;
  return rate || temperature ? sign : begin;
}

std::size_t match_chinese_number(const char32_t* cps, std::size_t n, std::size_t k, bool coarse) {
  std::size_t i = k;
  bool percent = false;
  bool ordinal = false;
  if (n - i > 3 && cps[i] == U'百' && cps[i + 1] == U'分' && cps[i + 2] == U'之') {
    percent = true;
    i += 3;
  } else if (cps[i] == U'第') {
    ordinal = true;
    ++i;
  }
  std::size_t body = i;
  // A number starts with a digit or 十 (十二, 十四五); 两 only counts something (两个, 两万).
  if (i == n || !(is_cn_digit(cps[i]) || cps[i] == U'十')) return 0;
  bool has_magnitude = false;
  while (i < n) {
    if (is_cn_digit(cps[i])) {
      ++i;
    } else if (is_cn_magnitude(cps[i])) {
      has_magnitude = true;
      ++i;
    } else if (cps[i] == U'点' && i > body && i + 1 < n && is_cn_digit(cps[i + 1])) {
      ++i;
    } else {
      break;
    }
  }
  std::size_t body_length = i - body;
  if (percent || ordinal) return i - k;
  // Fractions: 三分之一, 百分之 is handled above.
  if (n - i > 2 && cps[i] == U'分' && cps[i + 1] == U'之' && is_cn_digit(cps[i + 2])) {
    i += 2;
    while (i < n && (is_cn_digit(cps[i]) || is_cn_magnitude(cps[i]))) ++i;
    return i - k;
  }
  if (i < n && is_about(cps[i]) && has_magnitude) ++i;
  bool year = body_length >= 2 && !has_magnitude;  // 一九七七, 二○○一
  if (coarse || year) {
    if (std::size_t unit = unit_length(cps, n, i, kDateUnits); unit > 0) return i + unit - k;
  } else if (std::size_t unit = unit_length(cps, n, i, kCalendarUnits); unit > 0) {
    return i + unit - k;
  }
  if (coarse) {
    if (std::size_t unit = unit_length(cps, n, i, kUnits); unit > 0) return i + unit - k;
  }
  if (cps[body] == U'两') return 0;
  // Without a unit: only a written-out number (二十, 一九七七), not 一二 or a lone 三.
  if (body_length >= 2 && (has_magnitude || body_length >= 3)) return i - k;
  return 0;
}

}  // namespace zz::segment::detail
