// find_horizon() and horizon_of(): deadlines and periods (今年, 五年, 3年内, 到2035年, “十四五”末)
// and the year they resolve to.
#include <algorithm>
#include <array>

#include "classify.hpp"
#include "clauses.hpp"
#include "zzreport/text/numerals.hpp"

namespace zz::extract {

using text::Numeral;
using text::is_chinese_numeral;
using text::parse_numeral;
using text::year_at;
namespace {

bool is_ascii_digit(char32_t c) { return c >= U'0' && c <= U'9'; }

/// The end of a short numeral (1–4 digits or Chinese numeral characters) at `i`, or `i`.
std::uint32_t numeral_end(std::string_view text, std::uint32_t i, std::uint32_t limit, int max_chars) {
  std::uint32_t j = i;
  for (int n = 0; n < max_chars && j < limit; ++n) {
    std::uint32_t len = 0;
    char32_t c = code_point_at(text, j, &len);
    if (!is_ascii_digit(c) && !is_chinese_numeral(c)) break;
    j += len;
  }
  return j;
}

struct Found {
  std::uint32_t begin = 0, end = 0;  // the horizon as reported (without a leading 到)
  std::optional<int> year;
};

/// Five-year plans by their ordinal: 十一五 ends in 2010, 十四五 in 2025, 十五 in 2005.
std::optional<int> plan_end_year(std::string_view ordinal) {
  constexpr std::array<std::pair<std::string_view, int>, 7> kPlans = {{
      {"九五", 2000}, {"十五", 2005}, {"十一五", 2010}, {"十二五", 2015},
      {"十三五", 2020}, {"十四五", 2025}, {"十五五", 2030},
  }};
  for (auto [name, year] : kPlans)
    if (ordinal == name) return year;
  return std::nullopt;
}

/// A horizon starting at byte `i`, or nothing.
std::optional<Found> horizon_at(std::string_view text, std::uint32_t i, std::uint32_t limit,
                                std::optional<int> doc_year) {
  // Most positions cannot start a horizon: reject them on the first character.
  char32_t first = code_point_at(text, i);
  if (!is_ascii_digit(first) && !is_chinese_numeral(first) && first != U'今' && first != U'本' &&
      first != U'年' && first != U'明' && first != U'到' && first != U'至' && first != U'未' &&
      first != U'“')
    return std::nullopt;
  auto plus = [&](int n) -> std::optional<int> {
    if (!doc_year) return std::nullopt;
    return *doc_year + n;
  };
  for (auto [word, offset] : std::array<std::pair<std::string_view, int>, 5>{
           {{"今年", 0}, {"本年", 0}, {"年内", 0}, {"明年", 1}, {"今明两年", 1}}}) {
    if (starts_at(text, i, word)) {
      if (word == "今年" && (starts_at(text, i + 6, "以来") || starts_at(text, i + 6, "上半年"))) return std::nullopt;
      return Found{i, i + static_cast<std::uint32_t>(word.size()), plus(offset)};
    }
  }
  if (starts_at(text, i, "本世纪中叶")) return Found{i, i + 15, 2050};
  // “十四五”末, 十四五时期: the end of a five-year plan.
  {
    std::uint32_t b = i, q = i;
    if (starts_at(text, q, "“")) q += 3;
    std::uint32_t e = numeral_end(text, q, limit, 3);
    std::optional<int> year = plan_end_year(text.substr(q, e - q));
    if (year) {
      if (starts_at(text, e, "”")) e += 3;
      for (std::string_view tail : {"末", "期间", "时期"}) {
        if (starts_at(text, e, tail)) return Found{b, e + static_cast<std::uint32_t>(tail.size()), year};
      }
    }
  }
  // 到2035年, 2025年底: a year.
  {
    std::uint32_t b = i;
    if (starts_at(text, b, "到") || starts_at(text, b, "至")) b += 3;
    std::size_t after = 0;  // after 年
    std::optional<int> year = year_at(text, b, &after);
    auto end = static_cast<std::uint32_t>(after);
    // The digits before `limit` (the number being dated), 2035年 but not 2020年以来.
    if (year && *year >= 1900 && *year <= 2100 && end - 3 <= limit && !starts_at(text, end, "以来")) {
      for (std::string_view tail : {"底", "末", "前", "以前"}) {
        if (starts_at(text, end, tail)) {
          end += static_cast<std::uint32_t>(tail.size());
          break;
        }
      }
      return Found{b, end, *year};
    }
  }
  // 未来五年, 今后五年, 五年, 3年内: a number of years from now.
  {
    std::uint32_t b = i, q = i;
    for (std::string_view lead : {"未来", "今后"}) {
      if (starts_at(text, q, lead)) q += static_cast<std::uint32_t>(lead.size());
    }
    std::uint32_t e = numeral_end(text, q, limit, 2);
    if (e > q && starts_at(text, e, "年") && !starts_at(text, e + 3, "来") &&
        !starts_at(text, e + 3, "以来") && !starts_at(text, e + 3, "前") && !starts_at(text, e + 3, "多")) {
      char32_t before = code_point_before(text, b);
      if (before == U'第' || before == U'续' || before == U'近' || before == U'去' || is_ascii_digit(before) ||
          is_chinese_numeral(before))
        return std::nullopt;
      std::optional<Numeral> n = parse_numeral(text.substr(q, e - q));
      if (!n || n->range || n->min > 30) return std::nullopt;
      std::uint32_t end = e + 3;
      for (std::string_view tail : {"以内", "之内", "内", "左右"}) {
        if (starts_at(text, end, tail)) {
          end += static_cast<std::uint32_t>(tail.size());
          break;
        }
      }
      // 重要一年, 关键一年: a year described, not a deadline.
      if (q == b && end == e + 3 && text.substr(q, e - q) == "一") return std::nullopt;
      return Found{b, end, plus(static_cast<int>(n->min))};
    }
  }
  return std::nullopt;
}

}  // namespace

Horizon find_horizon(std::string_view text, text::ByteRange within, std::uint32_t pos,
                     std::optional<int> doc_year) {
  Horizon h;
  // A horizon that dates a number stands within a few dozen characters of it.
  constexpr std::uint32_t kReach = 240;
  std::uint32_t i = within.begin;
  if (pos > within.begin + kReach) {
    i = pos - kReach;
    while (i < pos && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) ++i;
  }
  while (i < pos) {
    std::uint32_t len = 0;
    code_point_at(text, i, &len);
    if (std::optional<Found> f = horizon_at(text, i, pos, doc_year)) {
      h.text = std::string(text.substr(f->begin, f->end - f->begin));
      h.year = f->year;
      h.range = {f->begin, f->end};
      i = f->end;
      continue;
    }
    i += len;
  }
  return h;
}

std::optional<text::ByteRange> adverbial_lead(const QuantityContext& c) {
  if (c.clause.begin == c.sentence.begin) return std::nullopt;
  text::ByteRange lead = clause_around(c.text, c.sentence, c.sentence.begin, c.sentence.begin, ClauseLevel::clause);
  Horizon h = find_horizon(c.text, lead, lead.end, std::nullopt);
  if (h.text.empty()) return std::nullopt;
  std::size_t rest = (lead.end - lead.begin) - (h.range.end - h.range.begin);
  // What may stand around the horizon: 力争, 确保, 争取, 到, 在, 至.
  std::string_view before = c.text.substr(lead.begin, h.range.begin - lead.begin);
  for (std::string_view w : {"力争", "确保", "争取", "到", "在", "至"}) {
    if (before.find(w) != std::string_view::npos) rest -= std::min(rest, w.size());
  }
  if (rest > 3) return std::nullopt;
  return lead;
}

Horizon horizon_of(const QuantityContext& c, const QuantityMatch& m, std::optional<int> doc_year) {
  Horizon h = find_horizon(c.text, c.clause, m.range.begin, doc_year);
  if (!h.text.empty()) return h;
  if (std::optional<text::ByteRange> lead = adverbial_lead(c)) h = find_horizon(c.text, *lead, lead->end, doc_year);
  return h;
}

}  // namespace zz::extract
