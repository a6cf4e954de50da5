// find_date(), find_meeting(): dates and sessions in the forms the corpus writes them.
#include "report_date.hpp"

#include "chinese_numbers.hpp"
#include "u32_text.hpp"
#include "zzreport/text/char_class.hpp"

namespace zz::text {
namespace {

std::size_t skip_spaces(std::u32string_view s, std::size_t i) {
  while (i < s.size() && is_space(s[i])) ++i;
  return i;
}

/// A number of at most `max_chars` characters at `i` followed by `unit`: its value, and `i` moved
/// past the unit.
std::optional<int> number_before(std::u32string_view s, std::size_t& i, char32_t unit,
                                 std::size_t max_chars) {
  std::size_t b = skip_spaces(s, i), e = b;
  while (e < s.size() && e - b < max_chars && is_number_char(s[e])) ++e;
  if (e == b || e >= s.size() || s[e] != unit) return std::nullopt;
  std::optional<int> value = small_number(s.substr(b, e - b));
  if (value) i = e + 1;
  return value;
}

/// The ordinal that ends at `end` (第十三届 or 十三届 before 届 at end - 1): where it starts.
std::optional<std::size_t> ordinal_start(std::u32string_view s, std::size_t end) {
  std::size_t b = end;
  while (b > 0 && is_number_char(s[b - 1])) --b;
  if (b == end) return std::nullopt;
  return b > 0 && s[b - 1] == U'第' ? b - 1 : b;
}

/// After a congress at `i`: [常务委员会] [第]X次[全体]会议. Returns the end, or nothing.
std::optional<std::size_t> session_end(std::u32string_view s, std::size_t i) {
  i = skip_spaces(s, i);
  if (s.substr(i, 5) == U"常务委员会") i += 5;
  if (i < s.size() && s[i] == U'第') ++i;
  std::size_t b = i;
  while (i < s.size() && is_number_char(s[i])) ++i;
  if (i == b || i >= s.size() || s[i] != U'次') return std::nullopt;
  ++i;
  if (s.substr(i, 2) == U"全体") i += 2;
  if (s.substr(i, 2) != U"会议") return std::nullopt;
  return i + 2;
}

}  // namespace

std::string ReportDate::iso() const {
  std::string out = std::to_string(year);
  for (int part : {month, day}) {
    if (part == 0) break;
    out += '-';
    out += static_cast<char>('0' + part / 10);
    out += static_cast<char>('0' + part % 10);
  }
  return out;
}

std::optional<ReportDate> find_date(std::u32string_view s) {
  for (std::size_t i = 0; i + 4 < s.size(); ++i) {
    std::optional<int> year = year_at(s, i);
    if (!year) continue;
    std::size_t at = i + 5;
    std::optional<int> month = number_before(s, at, U'月', 3);
    if (!month || *month < 1 || *month > 12) continue;
    std::optional<int> day = number_before(s, at, U'日', 3);
    return ReportDate{*year, *month, day && *day >= 1 && *day <= 31 ? *day : 0};
  }
  return std::nullopt;
}

std::string find_meeting(std::u32string_view s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    bool full = s.substr(i, 6) == U"人民代表大会";
    if (!full && s.substr(i, 2) != U"人大") continue;
    // 第十三届[全国]人民代表大会, 十届人大: the ordinal before, perhaps across 全国 and spaces.
    std::size_t before = i;
    if (full && before >= 2 && s.substr(before - 2, 2) == U"全国") before -= 2;
    while (before > 0 && is_space(s[before - 1])) --before;
    if (before == 0 || s[before - 1] != U'届') continue;
    std::optional<std::size_t> start = ordinal_start(s, before - 1);
    std::optional<std::size_t> end = session_end(s, i + (full ? 6 : 2));
    if (!start || !end) continue;
    // A short form keeps the level word before it: 省八届人大三次会议.
    if (!full && *start > 0 && s[*start] != U'第') {
      for (std::u32string_view word : {U"自治区", U"省", U"市", U"州", U"区", U"县", U"旗"}) {
        if (*start >= word.size() && s.substr(*start - word.size(), word.size()) == word) {
          *start -= word.size();
          break;
        }
      }
    }
    std::u32string meeting;
    for (char32_t c : s.substr(*start, *end - *start)) {
      if (!is_space(c)) meeting += c;
    }
    return to_utf8(meeting);
  }
  return {};
}

}  // namespace zz::text
