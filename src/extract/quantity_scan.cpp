// scan_quantities(): finds numbers with units in a paragraph and rejects what only looks numeric.
// Every rejection rule below comes from a pattern seen in the corpus (see docs/targets.md).
#include "quantity_scan.hpp"

#include <algorithm>
#include <array>
#include <cmath>  // std::pow, std::round
#include <optional>

#include "clauses.hpp"
#include "rule_tables.hpp"
#include "zzreport/text/char_class.hpp"
#include "zzreport/text/numerals.hpp"
#include "zzreport/text/utf8.hpp"

namespace zz::extract {

using text::is_chinese_numeral;
using text::is_han;
using text::Numeral;
using text::parse_numeral;

namespace {

using detail::ends_with_any;
using detail::RuleTables;
using detail::starts_with_any;
using text::ByteRange;

bool is_ascii_digit(char32_t c) { return c >= U'0' && c <= U'9'; }
bool is_latin(char32_t c) { return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z'); }
bool is_magnitude(char32_t c) { return c == U'万' || c == U'亿'; }
bool is_numeral_char(char32_t c) { return is_ascii_digit(c) || is_chinese_numeral(c); }
bool is_range_mark(char32_t c) {
  return c == U'-' || c == U'—' || c == U'–' || c == U'－' || c == U'~' || c == U'～' ||
         c == U'至' || c == U'到';
}
/// True when `s` holds 万 or 亿.
bool holds_magnitude(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    if (is_magnitude(text::utf8::next_code_point(s, i))) return true;
  }
  return false;
}

/// The code point `s` consists of, or 0 when it has more or none.
char32_t single_code_point(std::string_view s) {
  std::size_t i = 0;
  char32_t c = s.empty() ? 0 : text::utf8::next_code_point(s, i);
  return i == s.size() ? c : 0;
}

/// A numeral starts with a digit; a bare magnitude (万元GDP) does not start one.
bool can_start(char32_t c) {
  return is_ascii_digit(c) || (is_chinese_numeral(c) && !is_magnitude(c));
}

/// One past the numeral that starts at `i`: digits, separators, magnitudes, ranges, 几, 多, 余.
std::uint32_t extend_numeral(std::string_view text, std::uint32_t i, std::uint32_t end,
                             const RuleTables& rules) {
  std::uint32_t j = i;
  char32_t prev = 0;
  while (j < end) {
    std::uint32_t len = 0;
    char32_t c = code_point_at(text, j, &len);
    std::uint32_t next_len = 0;
    char32_t next = code_point_at(text, j + len, &next_len);
    if (c == U'百' && (starts_at(text, j, "百分点") || starts_at(text, j, "百分之"))) break;
    // 六千一百八十亿千瓦小时, 1200万千瓦, 50千米: 千 after a magnitude or an Arabic digit starts
    // the unit when one starts there (no number writes 亿千瓦).
    if ((c == U'千' || c == U'百' || c == U'十') && (is_magnitude(prev) || is_ascii_digit(prev)) &&
        match_unit(text.substr(j), rules).length > 0)
      break;
    if (is_numeral_char(c)) {
      prev = c;
      j += len;
      continue;
    }
    // 七十七点五, 零点八: 点 is the decimal point of a Chinese numeral.
    if (c == U'点' && is_chinese_numeral(prev) && !is_magnitude(prev) && next != U'两' &&
        text::chinese_digit(next) >= 0) {
      prev = c;
      j += len;
      continue;
    }
    if (c == U'.' && is_ascii_digit(prev) && is_ascii_digit(next)) {
      prev = c;
      j += len;
      continue;
    }
    if (c == U',' && is_ascii_digit(prev)) {
      std::uint32_t digits = 0;
      while (is_ascii_digit(code_point_at(text, j + 1 + digits))) ++digits;
      if (digits != 3) break;
      prev = c;
      j += len;
      continue;
    }
    if (c == U'几' && (prev == U'十' || prev == U'百' || prev == U'千' || prev == U'万')) {
      prev = c;
      j += len;
      continue;
    }
    if ((c == U'多' || c == U'余') && is_numeral_char(prev) &&
        (is_magnitude(next) || match_unit(text.substr(j + len), rules).length > 0)) {
      prev = c;
      j += len;
      continue;
    }
    if (is_range_mark(c) && is_numeral_char(prev)) {
      std::uint32_t k = j + len;
      while (is_range_mark(code_point_at(text, k, &next_len)) && code_point_at(text, k) != U'至')
        k += next_len;
      // 百分之六十点三到一九五七年下降为…: a year after 到 is a date, not the range's end.
      if (can_start(code_point_at(text, k)) && !text::year_at(text, k)) {
        prev = c;
        j = k;
        continue;
      }
    }
    break;
  }
  return j;
}

/// True when `pos` lies inside a short “…” or a 《…》 title: slogans (“3+3+2”, “十四五”) and
/// names (《中国制造2025》) hold numbers that are not quantities.
bool inside_short_pair(std::string_view text, ByteRange within, std::uint32_t pos) {
  constexpr std::array<std::pair<char32_t, char32_t>, 2> kPairs = {{{U'“', U'”'}, {U'《', U'》'}}};
  for (auto [open, close] : kPairs) {
    const int reach = open == U'《' ? 40 : 12;
    std::uint32_t b = pos;
    bool opened = false;
    for (int n = 0; n < reach && b > within.begin; ++n) {
      std::uint32_t start = 0;
      char32_t c = code_point_before(text, b, &start);
      if (c == close || c == U'\n') break;
      if (c == open) {
        opened = true;
        break;
      }
      b = start;
    }
    if (!opened) continue;
    std::uint32_t e = pos;
    for (int n = 0; n < reach && e < within.end; ++n) {
      std::uint32_t len = 0;
      char32_t c = code_point_at(text, e, &len);
      if (c == open || c == U'\n') break;
      if (c == close) return true;
      e += len;
    }
  }
  return false;
}

/// 今后五年, 五年来, 3年内, 五年的努力, 五年新增: a period the text refers to (a horizon), not a
/// quantity.
bool is_period(std::string_view text, std::uint32_t begin, std::uint32_t end,
               const RuleTables& rules) {
  return ends_with_any(text, begin, rules.duration_before) ||
         starts_with_any(text, end, rules.duration_after);
}

/// 2035年, 一九五四年, 2021-2025年: years used as dates.
bool is_year(const Numeral& n, std::string_view numeral) {
  auto year_like = [](double v) { return v >= 1000 && v <= 2200 && v == static_cast<int>(v); };
  if (!year_like(n.min) || !year_like(n.max)) return false;
  return numeral.find_first_of(",.") == std::string_view::npos;
}

/// After a magnitude with no unit (迈上500亿、, 突破千亿，) only these may follow; anything else
/// makes it an attribute (千亿产业集群, 百亿级企业).
bool bare_magnitude_ends(std::string_view text, std::uint32_t end, const RuleTables& rules) {
  char32_t c = code_point_at(text, end);
  return !is_han(c) || starts_with_any(text, end, rules.magnitude_ends);
}

/// A share written before its number: 百分之十五 (per 100), 千分之十二点五 (per 1000), 三分之一
/// (per 3).
struct Share {
  std::uint32_t length = 0;  ///< bytes of 百分之, 千分之, 三分之
  double per = 0;            ///< 100, 1000, 3
};

/// The share that starts at `i` (百分之, 千分之, 三分之, 十分之) when a number follows it.
std::optional<Share> share_at(std::string_view text, std::uint32_t i, std::uint32_t end) {
  std::uint32_t j = i;
  while (j < end) {
    std::uint32_t len = 0;
    char32_t c = code_point_at(text, j, &len);
    if (!is_chinese_numeral(c) || is_magnitude(c)) break;
    j += len;
  }
  if (j == i || !starts_at(text, j, "分之")) return std::nullopt;
  std::uint32_t num_begin = j + static_cast<std::uint32_t>(std::string_view("分之").size());
  if (num_begin >= end || !can_start(code_point_at(text, num_begin))) return std::nullopt;
  std::optional<Numeral> per = parse_numeral(text.substr(i, j - i));
  if (!per || per->range || per->min < 2) return std::nullopt;
  return Share{num_begin - i, per->min};
}

/// The unit a share stands for: % for 百分之 and for a fraction (三分之一 is 33.33 %), ‰ of
/// units.tsv for 千分之.
UnitMatch share_unit(const Share& share, const RuleTables& rules) {
  if (share.per == 1000) {
    UnitMatch permille = match_unit("‰", rules);
    permille.length = 0;  // nothing written after the number
    if (!permille.base.empty()) return permille;
  }
  return UnitMatch{0, "%", 1, UnitClass::percent};
}

/// 翻两番 (doubled twice): the number of doublings at [begin, end) after 翻 or 翻了 and before 番,
/// as a multiple (4倍); the match starts at 翻.
std::optional<std::uint32_t> doubling_start(std::string_view text, ByteRange within,
                                            std::uint32_t begin, std::uint32_t end) {
  if (!starts_at(text, end, "番")) return std::nullopt;
  for (std::string_view lead : {std::string_view("翻了"), std::string_view("翻")}) {
    if (begin - within.begin >= lead.size() && ends_at(text, begin, lead))
      return begin - static_cast<std::uint32_t>(lead.size());
  }
  return std::nullopt;
}

std::optional<QuantityMatch> recognise(std::string_view text, ByteRange within, std::uint32_t begin,
                                       std::uint32_t num_begin, std::uint32_t num_end,
                                       const std::optional<Share>& share, const RuleTables& rules) {
  const bool percent = share.has_value();
  char32_t before = code_point_before(text, begin);
  char32_t after = code_point_at(text, num_end);
  // Part of a Latin word or formula (C919, PM2.5, 5G, 3+3+2) or an ordinal (第十二次).
  if (is_latin(before) || is_ascii_digit(before) || before == U'.' || before == U'+' ||
      before == U'/' || before == U':' || before == U'第')
    return std::nullopt;
  if (is_latin(after) || after == U'+' || after == U'/' || after == U':') return std::nullopt;
  if (inside_short_pair(text, within, begin)) return std::nullopt;

  QuantityMatch m;
  // Trailing 万/亿 belong to the unit (5000亿元 is 5000 of 亿元), unless the numeral has them
  // inside too (三亿五千万).
  std::uint32_t mag = num_end;
  while (mag > num_begin) {
    std::uint32_t start = 0;
    if (!is_magnitude(code_point_before(text, mag, &start))) break;
    mag = start;
  }
  std::string_view body = text.substr(num_begin, mag - num_begin);
  if (mag == num_begin || holds_magnitude(body)) mag = num_end;
  m.numeral = {num_begin, mag};
  std::string_view numeral = text.substr(num_begin, mag - num_begin);
  std::string_view magnitude = text.substr(mag, num_end - mag);
  std::optional<Numeral> value = parse_numeral(numeral);
  if (!value) return std::nullopt;
  m.value = *value;
  m.chinese = !is_ascii_digit(code_point_at(text, num_begin));

  // 翻一番, 翻两番, 翻三番: 2, 4 and 8 times.
  std::optional<std::uint32_t> doubling =
      share ? std::nullopt : doubling_start(text, within, begin, num_end);
  if (doubling && !m.value.range && m.value.min >= 1 && m.value.min <= 4) {
    m.value.min = m.value.max = std::pow(2, m.value.min);
    m.range = {*doubling, num_end + static_cast<std::uint32_t>(std::string_view("番").size())};
    m.unit = m.base_unit = "倍";
    m.unit_class = UnitClass::multiple;
    return m;
  }

  UnitMatch unit = percent ? share_unit(*share, rules) : match_unit(text.substr(num_end), rules);
  // 唯一成功, 2023成都: a unit that starts a longer word (exceptions.tsv) is none.
  if (unit.length > 0 && rules.hidden(text, num_end, text.substr(num_end, unit.length), num_end))
    unit = {};
  // 三成, 八成以上: tenths (成) count to ten at most.
  if (unit.unit_class == UnitClass::percent && unit.scale == 10 && m.value.max > 10)
    return std::nullopt;
  if (unit.base.empty() && magnitude.empty())
    return std::nullopt;  // bare numbers: codes, names, dates
  if (unit.base.empty() && !bare_magnitude_ends(text, num_end, rules)) return std::nullopt;
  std::uint32_t end = num_end + static_cast<std::uint32_t>(unit.length);
  // 七成五, 七成五以上: a digit after 成 is a tenth of it (7.5 成 = 75 %); 二 to 九 only, for 一
  // after 成 begins a word (八成一般公共预算支出), and not before another numeral.
  if (unit.unit_class == UnitClass::percent && unit.scale == 10 && !m.value.range &&
      m.value.min == std::floor(m.value.min)) {
    std::uint32_t len = 0;
    char32_t tenth = code_point_at(text, end, &len);
    std::optional<Numeral> digit = is_chinese_numeral(tenth) && tenth != U'两'
                                       ? parse_numeral(text.substr(end, len))
                                       : std::nullopt;
    if (digit && digit->min >= 2 && digit->min <= 9 &&
        !is_chinese_numeral(code_point_at(text, end + len))) {
      m.value.min = m.value.max = m.value.min + digit->min / 10;
      end += len;
    }
  }
  // One 十, 百 or 千 is a word (百年未有, 千家万户, 十分), so is 零 (零部件); one 一 with a
  // measure word is an article (一批, 一个, 一年).
  char32_t alone = single_code_point(numeral);
  if (magnitude.empty() &&
      (alone == U'十' || alone == U'百' || alone == U'千' || alone == U'零' || alone == U'〇'))
    return std::nullopt;
  if (magnitude.empty() && alone == U'一' &&
      (unit.unit_class == UnitClass::count || unit.unit_class == UnitClass::time))
    return std::nullopt;
  if (unit.base == "年" && (is_year(m.value, numeral) || starts_at(text, end, "代")))
    return std::nullopt;
  // 百亿元级项目, 3.0升级版: the unit is part of a longer word.
  if (starts_at(text, end, "级")) return std::nullopt;
  if (unit.base == "周" && (starts_at(text, end, "年") || starts_at(text, end, "岁")))
    return std::nullopt;  // 75周年
  if (unit.unit_class == UnitClass::time && is_period(text, begin, end, rules)) return std::nullopt;
  // 两个一百年, 两个一批: a numbered formulation, not a count.
  if (m.chinese && unit.base == "个" && is_chinese_numeral(code_point_at(text, end)))
    return std::nullopt;

  // 5%-6%, 3家至5家: a range written with the unit on both sides.
  if (unit.length > 0) {
    std::uint32_t len = 0;
    char32_t c = code_point_at(text, end, &len);
    if (is_range_mark(c) && can_start(code_point_at(text, end + len))) {
      std::uint32_t n_end = extend_numeral(text, end + len, within.end, rules);
      std::string_view unit_text = text.substr(num_end, unit.length);
      std::optional<Numeral> right = parse_numeral(text.substr(end + len, n_end - end - len));
      if (right && starts_at(text, n_end, std::string(magnitude) + std::string(unit_text)) &&
          right->max > m.value.min && !m.value.range) {
        m.value.max = right->max;
        m.value.range = true;
        m.numeral.end = n_end;
        end = n_end + static_cast<std::uint32_t>(magnitude.size() + unit_text.size());
      }
    }
  }

  m.range = {begin, end};
  m.unit = std::string(magnitude) + std::string(text.substr(num_end, unit.length));
  if (percent) m.unit = unit.scale == 1 ? "%" : "‰";
  // 三分之一: a fraction is a percentage (33.33 %), to two decimals as reports write them.
  if (share && share->per != 100 && share->per != 1000) {
    for (double* v : {&m.value.min, &m.value.max}) *v = std::round(*v * 10000 / share->per) / 100;
  }
  m.scale = text::magnitude_value(magnitude).value_or(1) * unit.scale;
  m.base_unit = std::string(unit.base);
  m.unit_class = unit.base.empty() ? UnitClass::money : unit.unit_class;
  m.value.percent = m.value.percent || (percent && m.unit == "%");
  return m;
}

/// 迈上500亿、100亿元台阶: a bare magnitude takes the unit of the next item of its list.
void share_units(std::string_view text, std::vector<QuantityMatch>& found) {
  for (std::size_t k = found.size(); k-- > 1;) {
    QuantityMatch& left = found[k - 1];
    const QuantityMatch& right = found[k];
    if (!left.base_unit.empty() || right.base_unit.empty()) continue;
    std::string_view between = text.substr(left.range.end, right.range.begin - left.range.end);
    if (between != "、" && between != "和" && between != "或" && between != "，") continue;
    if (right.unit.substr(0, left.unit.size()) != left.unit) continue;
    left.unit = right.unit;
    left.base_unit = right.base_unit;
    left.unit_class = right.unit_class;
  }
}

}  // namespace

std::vector<QuantityMatch> scan_quantities(std::string_view text, ByteRange within,
                                           const QuantityRules& quantity_rules) {
  const RuleTables& rules = quantity_rules.tables();
  std::vector<QuantityMatch> found;
  std::uint32_t i = within.begin;
  while (i < within.end) {
    // Fast path: most characters are neither digits nor Chinese numerals (inline decoding).
    std::size_t next = i;
    char32_t c = text::utf8::next_code_point(text, next);
    auto len = static_cast<std::uint32_t>(next - i);
    if (!is_ascii_digit(c) && !is_chinese_numeral(c)) {
      i += len;
      continue;
    }
    std::optional<Share> share = share_at(text, i, within.end);
    std::uint32_t num_begin = share ? i + share->length : i;
    if (!can_start(code_point_at(text, num_begin))) {
      i += len;
      continue;
    }
    std::uint32_t num_end = extend_numeral(text, num_begin, within.end, rules);
    std::optional<QuantityMatch> m = recognise(text, within, i, num_begin, num_end, share, rules);
    if (m) {
      found.push_back(std::move(*m));
      i = found.back().range.end;
    } else {
      i = std::max(num_end, i + len);
    }
  }
  share_units(text, found);
  return found;
}

}  // namespace zz::extract
