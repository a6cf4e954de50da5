// find_horizon() and horizon_of(): deadlines and periods (今年, 五年, 3年内, 到2035年, “十四五”末)
// and the year they resolve to; the words are those of data/rules/horizons.tsv.
#include <algorithm>

#include "classify.hpp"
#include "clauses.hpp"
#include "rule_tables.hpp"
#include "zzreport/text/numerals.hpp"

namespace zz::extract {

using text::is_chinese_numeral;
using text::Numeral;
using text::parse_numeral;
using text::year_at;

namespace {

using detail::ends_with_any;
using detail::RuleTables;
using detail::starts_with_any;

constexpr std::string_view kYear = "年";
constexpr auto kYearBytes = static_cast<std::uint32_t>(kYear.size());

bool is_ascii_digit(char32_t c) { return c >= U'0' && c <= U'9'; }

/// The end of a short numeral (1–4 digits or Chinese numeral characters) at `i`, or `i`.
std::uint32_t numeral_end(std::string_view text, std::uint32_t i, std::uint32_t limit,
                          int max_chars) {
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

}  // namespace

/// The year a five-year plan ends, from its name: its number and 五 (九五, 十五, 十一五, 十四五).
/// From the third plan (1966-1970) on, plan n ran from 1951 + 5n to 1955 + 5n. Names are read from
/// 九五 (1996-2000) to 十九五 (2046-2050): shorter ones are ordinary numbers too (三五年, 五五).
std::optional<int> plan_end_year(std::string_view name) {
  constexpr int kFirst = 9, kLast = 19;
  std::uint32_t last = 0;
  if (name.empty() ||
      code_point_before(name, static_cast<std::uint32_t>(name.size()), &last) != U'五' ||
      name.find_first_of("0123456789") != std::string_view::npos) {
    return std::nullopt;
  }
  std::optional<Numeral> n = parse_numeral(name.substr(0, last));
  if (!n || n->range || n->approx || n->min < kFirst || n->min > kLast ||
      n->min != static_cast<int>(n->min)) {
    return std::nullopt;
  }
  return 1955 + 5 * static_cast<int>(n->min);
}

namespace {

/// A horizon starting at byte `i`, or nothing.
std::optional<Found> horizon_at(const RuleTables& rules, std::string_view text, std::uint32_t i,
                                std::uint32_t limit, std::optional<int> doc_year) {
  // Most positions cannot start a horizon: reject them on the first character.
  char32_t first = code_point_at(text, i);
  if (!is_ascii_digit(first) && !is_chinese_numeral(first) && first != U'“' &&
      std::find(rules.horizon_starts.begin(), rules.horizon_starts.end(), first) ==
          rules.horizon_starts.end())
    return std::nullopt;
  auto plus = [&](int n) -> std::optional<int> {
    if (!doc_year) return std::nullopt;
    return *doc_year + n;
  };
  for (const detail::DatedWord& d : rules.dated) {
    if (starts_at(text, i, d.word)) {
      if (rules.hidden(text, i, d.word)) return std::nullopt;  // 今年以来
      std::optional<int> year = d.absolute ? std::optional<int>(d.value) : plus(d.value);
      return Found{i, i + static_cast<std::uint32_t>(d.word.size()), year};
    }
  }
  // “十四五”末, 十四五时期: the end of a five-year plan.
  {
    std::uint32_t b = i, q = i;
    if (starts_at(text, q, "“")) q += 3;
    std::uint32_t e = numeral_end(text, q, limit, 3);
    std::optional<int> year = plan_end_year(text.substr(q, e - q));
    if (year) {
      if (starts_at(text, e, "”")) e += 3;
      std::string_view tail;
      if (starts_with_any(text, e, rules.plan_tails, &tail))
        return Found{b, e + static_cast<std::uint32_t>(tail.size()), year};
    }
  }
  // 到2035年, 2025年底: a year.
  {
    std::uint32_t b = i;
    std::string_view lead;
    if (starts_with_any(text, b, rules.leads, &lead)) b += static_cast<std::uint32_t>(lead.size());
    std::size_t after = 0;  // after 年
    std::optional<int> year = year_at(text, b, &after);
    auto end = static_cast<std::uint32_t>(after);
    // The digits before `limit` (the number being dated), 2035年 but not 2020年以来.
    if (year && *year >= 1900 && *year <= 2100 && end - kYearBytes <= limit &&
        !starts_with_any(text, end, rules.year_not_after)) {
      std::string_view tail;
      if (starts_with_any(text, end, rules.year_tails, &tail))
        end += static_cast<std::uint32_t>(tail.size());
      return Found{b, end, *year};
    }
  }
  // 未来五年, 今后五年, 五年, 3年内: a number of years from now.
  {
    std::uint32_t b = i, q = i;
    for (std::string_view lead : rules.period_leads) {
      if (starts_at(text, q, lead)) q += static_cast<std::uint32_t>(lead.size());
    }
    std::uint32_t e = numeral_end(text, q, limit, 2);
    if (e > q && starts_at(text, e, kYear) &&
        !starts_with_any(text, e + kYearBytes, rules.period_not_after)) {
      char32_t before = code_point_before(text, b);
      if (ends_with_any(text, b, rules.period_not_before) || is_ascii_digit(before) ||
          is_chinese_numeral(before))
        return std::nullopt;
      std::optional<Numeral> n = parse_numeral(text.substr(q, e - q));
      if (!n || n->range || n->min > 30) return std::nullopt;
      std::uint32_t end = e + kYearBytes;
      std::string_view tail;
      if (starts_with_any(text, end, rules.period_tails, &tail))
        end += static_cast<std::uint32_t>(tail.size());
      // 重要一年, 关键一年: a year described, not a deadline.
      if (q == b && end == e + kYearBytes && e - q == 3 && code_point_at(text, q) == U'一')
        return std::nullopt;
      return Found{b, end, plus(static_cast<int>(n->min))};
    }
  }
  return std::nullopt;
}

}  // namespace

Horizon find_horizon(const RuleTables& rules, std::string_view text, text::ByteRange within,
                     std::uint32_t pos, std::optional<int> doc_year) {
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
    if (std::optional<Found> f = horizon_at(rules, text, i, pos, doc_year)) {
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
  text::ByteRange lead =
      clause_around(c.text, c.sentence, c.sentence.begin, c.sentence.begin, ClauseLevel::clause);
  Horizon h = find_horizon(*c.rules, c.text, lead, lead.end, std::nullopt);
  if (h.text.empty()) return std::nullopt;
  std::size_t rest = (lead.end - lead.begin) - (h.range.end - h.range.begin);
  // What may stand around the horizon: the hedges (力争) and the leads (到, 在).
  std::string_view before = c.text.substr(lead.begin, h.range.begin - lead.begin);
  for (std::string_view w : c.rules->adverbial_words) {
    if (before.find(w) != std::string_view::npos) rest -= std::min(rest, w.size());
  }
  if (rest > 3) return std::nullopt;
  return lead;
}

Horizon horizon_of(const QuantityContext& c, const QuantityMatch& m, std::optional<int> doc_year) {
  Horizon h = find_horizon(*c.rules, c.text, c.clause, m.range.begin, doc_year);
  if (!h.text.empty()) return h;
  if (std::optional<text::ByteRange> lead = adverbial_lead(c))
    h = find_horizon(*c.rules, c.text, *lead, lead->end, doc_year);
  return h;
}

}  // namespace zz::extract
