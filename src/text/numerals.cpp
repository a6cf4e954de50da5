// parse_numeral(): the value of a recognised numeral span, Arabic or Chinese, with ranges and
// approximation words; year_at() and find_year(): years written out.
#include "zzreport/text/numerals.hpp"

#include <charconv>  // std::from_chars: no exceptions, no locale
#include <cmath>     // std::isfinite
#include <string>

#include "zzreport/text/utf8.hpp"

namespace zz::text {
namespace {

/// Decodes UTF-8 defensively (the parser is fuzzed): nothing unless all of `s` is valid UTF-8
/// (an overlong E0 80 B0 must not read as the digit 0).
std::optional<std::u32string> decode(std::string_view s) {
  if (utf8::find_invalid_utf8(s) != s.size()) return std::nullopt;
  return utf8::code_points(s);
}

bool starts_with(std::u32string_view s, std::u32string_view p) {
  return s.substr(0, p.size()) == p;
}
bool ends_with(std::u32string_view s, std::u32string_view p) {
  return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}

char32_t ascii_digit(char32_t cp) {
  if (cp >= U'０' && cp <= U'９') return cp - U'０' + U'0';
  return cp;
}

double unit_value(char32_t cp) {
  switch (cp) {
    case U'十':
    case U'拾':
      return 10;
    case U'百':
    case U'佰':
      return 100;
    case U'千':
    case U'仟':
      return 1000;
    case U'万':
    case U'萬':
      return 1e4;
    case U'亿':
    case U'億':
      return 1e8;
    default:
      return 0;
  }
}

/// An Arabic number with optional thousands separators and decimals at the start of `s`;
/// advances `i`. Nothing if `s` does not start with a digit.
std::optional<double> arabic_at(std::u32string_view s, std::size_t& i) {
  std::string ascii;
  std::size_t k = i;
  bool dot = false;
  while (k < s.size()) {
    char32_t c = ascii_digit(s[k]);
    if (c >= U'0' && c <= U'9') {
      ascii += static_cast<char>(c);
    } else if (c == U',' && !dot && !ascii.empty()) {
      // a thousands separator only when exactly three digits follow
      std::size_t digits = 0;
      while (k + 1 + digits < s.size() && ascii_digit(s[k + 1 + digits]) >= U'0' &&
             ascii_digit(s[k + 1 + digits]) <= U'9')
        ++digits;
      if (digits != 3) break;
    } else if ((c == U'.' || c == U'．') && !dot && !ascii.empty() && k + 1 < s.size() &&
               ascii_digit(s[k + 1]) >= U'0' && ascii_digit(s[k + 1]) <= U'9') {
      dot = true;
      ascii += '.';
    } else {
      break;
    }
    ++k;
  }
  if (ascii.empty()) return std::nullopt;
  double v = 0;
  auto [end, ec] = std::from_chars(ascii.data(), ascii.data() + ascii.size(), v);
  if (ec != std::errc() || end != ascii.data() + ascii.size() || !std::isfinite(v))
    return std::nullopt;
  i = k;
  return v;
}

std::optional<double> plain_number(std::u32string_view s);

/// 七十七点五, 零点八, 一千六百二十二点六, 一点五万: a Chinese decimal, 点 the decimal point. The
/// integer part is any whole number, the fraction digits are read one by one (点一二 = .12), and
/// 万 or 亿 may follow them. Nothing unless `s` is one.
std::optional<double> chinese_decimal(std::u32string_view s) {
  std::size_t dot = s.find(U'点');
  if (dot == 0 || dot == std::u32string_view::npos || dot + 1 >= s.size()) return std::nullopt;
  std::optional<double> whole = plain_number(s.substr(0, dot));
  if (!whole) return std::nullopt;
  // All digits as one integer, divided once: 零点六 is 6 / 10 = 0.6, not 0 + 6 × 0.1.
  double digits = *whole, power = 1;
  std::size_t k = dot + 1;
  for (; k < s.size() && chinese_digit(s[k]) >= 0 && s[k] != U'两'; ++k, power *= 10)
    digits = digits * 10 + chinese_digit(s[k]);
  if (k == dot + 1) return std::nullopt;
  double scale = 1;
  for (; k < s.size(); ++k) {
    double u = unit_value(s[k]);
    if (u < 1e4) return std::nullopt;  // 点五十: no unit below 万 after the decimals
    scale *= u;
  }
  double v = digits / power * scale;
  if (!std::isfinite(v)) return std::nullopt;
  return v;
}

/// A whole number made of Arabic digits and/or Chinese numerals and magnitude characters, as in
/// 一千二百, 二〇三五, 1.5万亿, 三亿五千万, 千亿, or a Chinese decimal (七十七点五). Nothing unless
/// all of `s` is consumed.
std::optional<double> plain_number(std::u32string_view s) {
  if (s.empty()) return std::nullopt;
  if (s.find(U'点') != std::u32string_view::npos) return chinese_decimal(s);
  // Digit by digit (二〇三五, 一九五四): Chinese digits only, no magnitude characters.
  // Two digits are a range instead (三四个), unless one is 〇/零.
  bool all_digits =
      s.size() > 2 || (s.size() == 2 && (chinese_digit(s[0]) == 0 || chinese_digit(s[1]) == 0));
  for (char32_t c : s) all_digits = all_digits && chinese_digit(c) >= 0 && c != U'两';
  if (all_digits) {
    double v = 0;
    for (char32_t c : s) v = v * 10 + chinese_digit(c);
    return v;
  }
  double total = 0, section = 0, largest = 0;
  double number = 0;
  bool has_number = false;
  double last_unit = 0;  // the unit just applied in this section, for 二百五 = 250
  for (std::size_t i = 0; i < s.size();) {
    char32_t c = s[i];
    if (std::optional<double> a = arabic_at(s, i)) {
      if (has_number) return std::nullopt;
      number = *a;
      has_number = true;
      continue;
    }
    if (int d = chinese_digit(c); d >= 0) {
      if (has_number && number != 0) return std::nullopt;  // 一千零五: only 零 may precede a digit
      number = d;
      has_number = true;
      ++i;
      continue;
    }
    double u = unit_value(c);
    if (u == 0) return std::nullopt;
    if (u < 1e4) {
      if (u >= last_unit && last_unit != 0 && section != 0) return std::nullopt;  // 百千
      section += (has_number ? number : 1) * u;
      last_unit = u;
    } else {
      double small = section + number;
      if (small == 0 && total == 0) return std::nullopt;  // 万 alone
      if (small == 0) {
        total *= u;  // 万亿, 千万亿
      } else if (u > largest) {
        total = (total + small) * u;
      } else {
        total += small * u;
      }
      if (u > largest) largest = u;
      section = 0;
      last_unit = 0;
    }
    number = 0;
    has_number = false;
    ++i;
  }
  // 二百五: a final digit right after a unit is one unit lower (二百五 = 250, 一万五 = 15000).
  double tail = number;
  if (has_number && last_unit >= 100 && s.size() >= 2 && unit_value(s[s.size() - 2]) == last_unit)
    tail *= last_unit / 10;
  else if (has_number && last_unit == 0 && largest >= 1e4 && s.size() >= 2 &&
           unit_value(s[s.size() - 2]) == largest)
    tail *= largest / 10;
  double v = total + section + tail;
  if (!std::isfinite(v)) return std::nullopt;
  return v;
}

/// The value of 一 followed by magnitude characters (百, 万, 百万): the scale they stand for.
std::optional<double> scale_of(std::u32string_view magnitudes) {
  std::u32string one(1, U'一');
  one.append(magnitudes);
  return plain_number(one);
}

/// 两三, 三四, 七八 (adjacent digits, the second one more): a range.
std::optional<Numeral> adjacent_digit_range(std::u32string_view s) {
  if (s.size() < 2) return std::nullopt;
  int a = chinese_digit(s[0]), b = chinese_digit(s[1]);
  if (a <= 0 || b != a + 1) return std::nullopt;
  std::u32string_view rest = s.substr(2);
  double scale = 1;
  if (!rest.empty()) {
    std::optional<double> r = scale_of(rest);
    if (!r) return std::nullopt;
    scale = *r;
  }
  Numeral n;
  n.min = a * scale;
  n.max = b * scale;
  n.range = true;
  return n;
}

/// 十几, 几十, 几百, 数十, 数百万: a vague range.
std::optional<Numeral> vague(std::u32string_view s) {
  std::size_t k = s.find_first_of(U"几数");
  if (k == std::u32string_view::npos) return std::nullopt;
  std::u32string head(s.substr(0, k)), tail(s.substr(k + 1));
  Numeral n;
  n.approx = n.range = true;
  if (head.empty() && !tail.empty()) {  // 几十 = 20..90, 数百万
    std::optional<double> t = scale_of(tail);
    if (!t) return std::nullopt;
    n.min = 2 * *t;
    n.max = 9 * *t;
    return n;
  }
  if (!head.empty()) {  // 十几 = 11..19, 二十几, 十几万
    std::optional<double> h = plain_number(head);
    if (!h) return std::nullopt;
    double scale = 1;
    if (!tail.empty()) {
      std::optional<double> t = scale_of(tail);
      if (!t) return std::nullopt;
      scale = *t;
    }
    n.min = (*h + 1) * scale;
    n.max = (*h + 9) * scale;
    return n;
  }
  return std::nullopt;
}

/// One side of a range or a single number, vague forms included.
std::optional<Numeral> single(std::u32string_view s) {
  if (std::optional<double> v = plain_number(s)) {
    Numeral n;
    n.min = n.max = *v;
    return n;
  }
  if (std::optional<Numeral> r = adjacent_digit_range(s)) return r;
  return vague(s);
}

constexpr std::u32string_view kRangeMarks[] = {U"-", U"—", U"–", U"－", U"~", U"～", U"至", U"到"};

std::optional<Numeral> number_or_range(std::u32string_view s) {
  if (std::optional<Numeral> n = single(s)) return n;
  for (std::u32string_view mark : kRangeMarks) {
    std::size_t k = s.find(mark);
    if (k == std::u32string_view::npos || k == 0) continue;
    std::u32string_view left = s.substr(0, k), right = s.substr(k + mark.size());
    while (!right.empty() && (right.front() == U'—' || right.front() == U'-'))
      right.remove_prefix(1);
    std::optional<Numeral> r = single(right);
    if (!r) return std::nullopt;
    std::optional<Numeral> l = single(left);
    if (!l) return std::nullopt;
    // 3-5万: the magnitude written once on the right applies to both sides.
    std::size_t tail = right.size();
    while (tail > 0 && unit_value(right[tail - 1]) >= 1e4) --tail;
    if (tail < right.size() && !(left.size() > 0 && unit_value(left.back()) >= 1e4)) {
      std::optional<double> scale = scale_of(right.substr(tail));
      if (scale) l->min = l->max = l->min * *scale;
    }
    Numeral n;
    n.min = l->min;
    n.max = r->max;
    n.range = true;
    n.approx = l->approx || r->approx;
    if (n.min > n.max) return std::nullopt;
    return n;
  }
  return std::nullopt;
}

constexpr std::string_view kYear = "年";

/// A digit of a year: Arabic, or Chinese (with ○ and the letter O that print uses for 〇).
int year_digit(char32_t cp, bool arabic) {
  if (arabic) return cp >= U'0' && cp <= U'9' ? static_cast<int>(cp - U'0') : -1;
  if (cp == U'○' || cp == U'O') return 0;
  return chinese_digit(cp);
}

}  // namespace

std::optional<double> magnitude_value(std::string_view magnitude) {
  if (magnitude.empty()) return 1;
  std::optional<std::u32string> decoded = decode(magnitude);
  if (!decoded) return std::nullopt;
  return scale_of(*decoded);
}

std::optional<int> year_at(std::string_view text, std::size_t i, std::size_t* end) {
  int year = 0;
  bool arabic = i < text.size() && text[i] >= '0' && text[i] <= '9';
  for (int n = 0; n < 4; ++n) {
    if (i >= text.size()) return std::nullopt;
    int d = year_digit(utf8::next_code_point(text, i), arabic);
    if (d < 0) return std::nullopt;
    year = year * 10 + d;
  }
  if (text.substr(i, kYear.size()) != kYear) return std::nullopt;
  if (end) *end = i + kYear.size();
  return year;
}

std::optional<int> find_year(std::string_view text, int first, int last, std::size_t* end) {
  // From each 年 back four code points: 年 is rarer than digits, and a year ends with it.
  for (std::size_t k = text.find(kYear); k != std::string_view::npos;
       k = text.find(kYear, k + kYear.size())) {
    std::size_t start = k;
    for (int n = 0; n < 4 && start > 0; ++n) {
      start = utf8::previous_boundary(text, static_cast<std::uint32_t>(start));
    }
    std::optional<int> year = year_at(text, start);
    if (!year || *year < first || *year > last) continue;
    if (start > 0) {
      std::size_t b = utf8::previous_boundary(text, static_cast<std::uint32_t>(start));
      char32_t before = utf8::next_code_point(text, b);
      if (year_digit(before, true) >= 0 || year_digit(before, false) >= 0) continue;  // 12345年
    }
    if (end) *end = k + kYear.size();
    return year;
  }
  return std::nullopt;
}

int chinese_digit(char32_t cp) {
  switch (cp) {
    case U'〇':
    case U'零':
      return 0;
    case U'一':
    case U'壹':
      return 1;
    case U'二':
    case U'两':
    case U'贰':
      return 2;
    case U'三':
    case U'叁':
      return 3;
    case U'四':
    case U'肆':
      return 4;
    case U'五':
    case U'伍':
      return 5;
    case U'六':
    case U'陆':
      return 6;
    case U'七':
    case U'柒':
      return 7;
    case U'八':
    case U'捌':
      return 8;
    case U'九':
    case U'玖':
      return 9;
    default:
      return -1;
  }
}

bool is_chinese_numeral(char32_t cp) {
  if (cp < 0x3007) return false;  // every numeral character is at or above 〇 (U+3007)
  return chinese_digit(cp) >= 0 || unit_value(cp) > 0;
}

std::optional<Numeral> parse_numeral(std::string_view text) {
  std::optional<std::u32string> decoded = decode(text);
  if (!decoded) return std::nullopt;
  std::u32string_view s = *decoded;
  bool approx = false, percent = false;
  for (std::u32string_view p : {U"大约", U"约", U"近", U"逾"}) {
    if (starts_with(s, p)) {
      s.remove_prefix(p.size());
      approx = true;
      break;
    }
  }
  if (starts_with(s, U"百分之")) {
    s.remove_prefix(3);
    percent = true;
  }
  for (std::u32string_view p : {U"左右", U"上下"}) {
    if (ends_with(s, p)) {
      s.remove_suffix(p.size());
      approx = true;
      break;
    }
  }
  if (!percent && (ends_with(s, U"%") || ends_with(s, U"％"))) {
    s.remove_suffix(1);
    percent = true;
  }
  // 100多, 十余, 3万多: the approximation word may stand before a final magnitude too (十余万).
  std::u32string body(s);
  for (char32_t w : {U'多', U'余'}) {
    std::size_t k = body.find(w);
    if (k != std::u32string::npos && k > 0) {
      body.erase(k, 1);
      approx = true;
      break;
    }
  }
  if (body.empty()) return std::nullopt;
  std::optional<Numeral> n = number_or_range(body);
  // A vague or range form scales a finite part (十几 x 1e308): the product may overflow.
  if (!n || !std::isfinite(n->min) || !std::isfinite(n->max)) return std::nullopt;
  n->approx = n->approx || approx;
  n->percent = percent;
  return n;
}

}  // namespace zz::text
