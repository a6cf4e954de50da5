// indicator_of() and quote_of(): what a quantity measures and the shortest quote that shows it;
// the words around an indicator are those of data/rules/indicators.tsv.
#include <algorithm>
#include <optional>

#include "classify.hpp"
#include "clauses.hpp"
#include "quantity_units.hpp"
#include "rule_tables.hpp"
#include "word_edges.hpp"
#include "zzreport/text/char_class.hpp"
#include "zzreport/text/numerals.hpp"

namespace zz::extract {

using text::is_han;

namespace {

using detail::RuleTables;

/// Spaces, and the asterisks of Markdown bold that some reports keep.
bool is_space(char32_t c) { return c == U' ' || c == U'\t' || c == U'　' || c == U'*'; }

/// [b, e) with spaces and the lead and tail words removed, repeatedly: the longest lead at the
/// start and the longest tail at the end each time (下降 of 下降至少, not 降 once 至少 is gone).
text::ByteRange trim(const RuleTables& rules, std::string_view text, text::ByteRange r) {
  bool moved = true;
  while (moved && r.begin < r.end) {
    moved = false;
    std::uint32_t len = 0;
    if (is_space(code_point_at(text, r.begin, &len))) {
      r.begin += len;
      moved = true;
    }
    std::uint32_t start = 0;
    if (r.end > r.begin && is_space(code_point_before(text, r.end, &start))) {
      r.end = start;
      moved = true;
    }
    // A lead leaves something after it (完成 alone stays, see bare_lead); a tail may leave nothing.
    for (bool again = true; again && r.begin < r.end;) {
      again = false;
      for (std::uint32_t k : rules.leads_by_first.with(code_point_at(text, r.begin))) {
        std::string_view w = rules.indicator_leads[k];
        if (r.end - r.begin > w.size() && starts_at(text, r.begin, w)) {
          r.begin += static_cast<std::uint32_t>(w.size());
          moved = again = true;
          break;
        }
      }
    }
    for (bool again = true; again && r.begin < r.end;) {
      again = false;
      for (std::uint32_t k : rules.tails_by_last.with(code_point_before(text, r.end))) {
        std::string_view w = rules.indicator_tails[k];
        if (r.end - r.begin >= w.size() && ends_at(text, r.end, w)) {
          r.end -= static_cast<std::uint32_t>(w.size());
          moved = again = true;
          break;
        }
      }
    }
  }
  return r;
}

/// True when [b, e) is one of the leads and nothing else: a bare verb (完成, 新增) that trim()
/// keeps because nothing would be left.
bool bare_lead(const RuleTables& rules, std::string_view text, text::ByteRange r) {
  std::string_view words = text.substr(r.begin, r.end - r.begin);
  return std::find(rules.indicator_leads.begin(), rules.indicator_leads.end(), words) !=
         rules.indicator_leads.end();
}

/// The subject in `r`, the words before a base year: up to the first year or digit (the earlier
/// year of 占比由2015年的83.2%提高到2021年的), without the words that link it to the year (比, 由,
/// 是上个).
text::ByteRange subject_before_base_year(const RuleTables& rules, std::string_view text,
                                         text::ByteRange r) {
  for (Horizon h = find_horizon(rules, text, r, r.end, std::nullopt);
       !h.text.empty() && h.range.begin < r.end;
       h = find_horizon(rules, text, r, r.end, std::nullopt)) {
    r.end =
        std::max(r.begin, h.range.begin);  // 由一九七八年的百分之三十七点二下降到: a year before it
  }
  for (std::uint32_t i = r.begin; i < r.end; ++i) {
    if (text[i] >= '0' && text[i] <= '9') {
      r.end = i;
      break;
    }
  }
  for (std::string_view link : rules.base_links) {
    if (r.end - r.begin >= link.size() && ends_at(text, r.end, link))
      r.end -= static_cast<std::uint32_t>(link.size());
  }
  return r;
}

/// Han characters (and quotation marks inside) in [b, e).
std::uint32_t han_chars(std::string_view text, text::ByteRange r) {
  std::uint32_t n = 0;
  for (std::uint32_t i = r.begin; i < r.end;) {
    std::uint32_t len = 0;
    if (is_han(code_point_at(text, i, &len))) ++n;
    i += len;
  }
  return n;
}

/// `part` without an earlier number written in it when nothing after that number names one: the
/// subject before it names both (城镇登记失业率由4.0%下降到3.5%, 城乡居民人均可支配收入分别增长8%
/// 和9%: not 城镇登记失业率由4.0%). Years are left to the horizon rules; a number that words
/// follow is part of a name (营业收入50亿以上企业) and stays.
text::ByteRange past_earlier_number(const RuleTables& rules, std::string_view text,
                                    text::ByteRange part) {
  std::optional<std::uint32_t> first;
  std::uint32_t last = part.begin;
  for (std::uint32_t i = part.begin; i < part.end;) {
    if (text[i] < '0' || text[i] > '9') {
      ++i;
      continue;
    }
    std::uint32_t run = i;
    while (run < part.end && ((text[run] >= '0' && text[run] <= '9') || text[run] == '.')) ++run;
    // A year (2016年) or a footnote mark (电梯[9]) is no earlier number.
    bool mark = i > part.begin && text[i - 1] == '[' && run < part.end && text[run] == ']';
    if (!starts_at(text, run, "年") && !mark) {
      if (!first) first = i;
      last = run;
    }
    i = run;
  }
  if (!first) return part;
  // Past the number's magnitude and unit (4.0%, 8.5万亿元).
  std::uint32_t len = 0;
  while (last < part.end &&
         (code_point_at(text, last, &len) == U'万' || code_point_at(text, last, &len) == U'亿'))
    last += len;
  if (last < part.end)
    last += static_cast<std::uint32_t>(match_unit(text.substr(last), rules).length);
  text::ByteRange named = trim(rules, text, {std::min(last, part.end), part.end});
  if (han_chars(text, named) >= 2) return part;
  text::ByteRange subject{part.begin, *first};
  return han_chars(text, trim(rules, text, subject)) >= 2 ? subject : part;
}

/// The stretch to segment for word boundaries inside `r`: its list item when that holds it (the
/// quote a reader sees), else its clause, else `r` itself.
text::ByteRange segmented(const QuantityContext& c, text::ByteRange r) {
  for (text::ByteRange around : {c.item, c.clause}) {
    if (around.begin <= r.begin && r.end <= around.end) return around;
  }
  return r;
}

/// True when a verb starts at `i` and a number or 到/至 follows it (上升到, 增加到7家, 增长百分之
/// 八十): a change from the number before `i` to another, no noun.
bool changes_to_number(const RuleTables& rules, std::string_view text, std::uint32_t i) {
  std::string_view verb;
  if (!detail::starts_with_any(text, i, rules.verb_words, &verb)) return false;
  auto after = i + static_cast<std::uint32_t>(verb.size());
  char32_t next = code_point_at(text, after);
  return verb.ends_with("到") || verb.ends_with("至") || next == U'到' || next == U'至' ||
         (next >= U'0' && next <= U'9') || text::is_chinese_numeral(next);
}

/// The noun phrase right after a count: 3家[科创板上市公司]和…, 83项[“卡脖子”技术].
text::ByteRange counted_noun(const QuantityContext& c, const QuantityMatch& m) {
  const RuleTables& rules = *c.rules;
  std::uint32_t i = m.range.end;
  // 60万左右[建档立卡低收入人口], 90%以上的[村庄], 20%的[新农村示范村]: the hedge or comparator
  // and the particle 的 after the number are not the noun.
  std::string_view after;
  if (detail::starts_with_any(c.text, i, rules.after_number, &after))
    i += static_cast<std::uint32_t>(after.size());
  std::uint32_t particle = 0;
  if (code_point_at(c.text, i, &particle) == U'的') i += particle;
  std::uint32_t begin = i;
  // 百分之三点三 read as 百分之三: the rest of a number is no noun; nor is a change to another
  // number (由百分之五十九点一上升到百分之六十点五, 从3家增加到7家: the subject is before 由).
  if (code_point_at(c.text, i) == U'点' || changes_to_number(rules, c.text, i))
    return {begin, begin};
  std::uint32_t end = c.item.end;
  int depth = 0;
  int chars = 0;
  while (i < end && chars < 16) {
    std::uint32_t len = 0;
    char32_t cp = code_point_at(c.text, i, &len);
    if (cp == U'“') ++depth;
    if (cp == U'”' && depth > 0) --depth;
    if (depth == 0 && cp != U'”') {
      // 5741家[规模以上工业企业]: a noun end inside a longer word (exceptions.tsv) is none.
      bool stop = !is_han(cp);
      for (std::string_view w : rules.noun_ends) {
        stop = stop || (starts_at(c.text, i, w) && !rules.hidden(c.text, i, w, m.range.end));
      }
      if (stop) break;
    }
    i += len;
    ++chars;
  }
  // The window cut a word (486项[审批服务事项集中进驻市政府政务服]务大厅): end before it.
  if (chars == 16 && i < end && c.segmenter) {
    std::uint32_t start = word_start_at(*c.segmenter, c.text, segmented(c, {begin, i}), i);
    if (start > begin) i = start;
  }
  // 公交站点覆盖率从78%提高到90%, 企业发展到15户: the word before a second number is not the
  // noun's.
  auto strip = [&](std::string_view w) {
    if (i - begin > w.size() && ends_at(c.text, i, w)) i -= static_cast<std::uint32_t>(w.size());
  };
  for (std::string_view w : rules.indicator_tails) {
    if (w.ends_with("到") || w.ends_with("至")) strip(w);
  }
  for (std::string_view link : rules.links) strip(link);
  return {begin, i};
}

}  // namespace

namespace {

/// What indicator_of() returns, before the check that it names something.
std::string name_of(const QuantityContext& c, const QuantityMatch& m) {
  const RuleTables& rules = *c.rules;
  std::string_view text = c.text;
  // The noun after the number: first for a count (3家[科创板上市公司]), else a fallback below.
  text::ByteRange noun = counted_noun(c, m);
  bool has_noun = han_chars(text, noun) >= 2;
  if (m.unit_class == UnitClass::count && has_noun)
    return std::string(text.substr(noun.begin, noun.end - noun.begin));
  // The words before the number in its list item, else before the list it belongs to (迈上500亿、
  // 100亿元台阶), else the clause before (…上市，力争达到25家以上).
  text::ByteRange head_item =
      clause_around(text, c.clause, c.list_head, c.list_head, ClauseLevel::list_item);
  text::ByteRange previous{c.sentence.begin, c.clause.begin};
  if (c.clause.begin > c.sentence.begin) {
    std::uint32_t start = 0;
    code_point_before(text, c.clause.begin, &start);
    previous = clause_around(text, c.sentence, start, start, ClauseLevel::clause);
    // 国内生产总值超过126万亿元，增长5.2%: the subject ends where the earlier number starts.
    for (std::uint32_t i = previous.begin; i < previous.end; ++i) {
      if (text[i] >= '0' && text[i] <= '9') {
        previous.end = i;
        break;
      }
    }
  }
  // The indicator in `part`, or "" when it holds none (nothing, or only a verb or a connective).
  auto words_in = [&](text::ByteRange part) -> std::string {
    // A year among the words: the indicator follows it (到2025年，全市地区生产总值…) unless nothing
    // does; then it is the subject before the base year (一般公共预算收入从2015年113.92亿元…).
    if (Horizon h = find_horizon(rules, text, part, part.end, std::nullopt); !h.text.empty()) {
      text::ByteRange after{std::max(part.begin, h.range.end), part.end};
      text::ByteRange before{part.begin, std::max(part.begin, h.range.begin)};
      bool base_year =
          std::any_of(rules.base_links.begin(), rules.base_links.end(),
                      [&](std::string_view link) { return ends_at(text, before.end, link); });
      part = han_chars(text, trim(rules, text, after)) < 2 && base_year
                 ? subject_before_base_year(rules, text, before)
                 : after;
    }
    part = past_earlier_number(rules, text, part);
    text::ByteRange r = trim(rules, text, part);
    if (han_chars(text, r) < 2 || bare_lead(rules, text, r))
      return {};  // 其中2008年新增…, 完成155公里…
    // Keep the last words only: 全市经济总量 of 全市上下…全市经济总量; a word the window cuts is
    // kept whole (提请[市人大常委会]…, not 请市人大常委会…).
    std::uint32_t b = r.begin;
    std::uint32_t chars = han_chars(text, r);
    bool cut = false;
    while (chars > 14 && b < r.end) {
      std::uint32_t len = 0;
      if (is_han(code_point_at(text, b, &len))) --chars;
      b += len;
      cut = true;
    }
    if (cut && c.segmenter) b = word_start_at(*c.segmenter, text, segmented(c, r), b);
    return std::string(text.substr(b, r.end - b));
  };
  for (text::ByteRange part :
       {text::ByteRange{c.item.begin, m.range.begin},
        text::ByteRange{head_item.begin, std::min(c.list_head, m.range.begin)}}) {
    if (std::string w = words_in(part); !w.empty()) return w;
  }
  // Nothing before the number in its list names it, at most a verb (完成155公里河道整治、3048公里
  // 中小河道疏浚): what it measures follows it. Only then the clause before.
  if (has_noun) return std::string(text.substr(noun.begin, noun.end - noun.begin));
  return words_in(previous);
}

}  // namespace

/// 城乡居民人均可支配收入分别增长8%和9%: the k-th number after 分别 names the k-th part of a joint
/// subject (城镇居民…, 农村居民…); `name` unchanged otherwise.
std::string part_of_joint(const QuantityContext& c, const QuantityMatch& m, std::string name) {
  for (const auto& [joint, parts] : c.rules->joint_subjects) {
    if (!name.starts_with(joint)) continue;
    std::string_view before = c.text.substr(c.clause.begin, m.range.begin - c.clause.begin);
    std::size_t each = before.find("分别");
    if (each == std::string_view::npos || before.find(name) > each) return name;
    // The numbers written between 分别 and this one: digit runs that start after a non-digit.
    std::size_t k = 0;
    for (std::size_t i = each; i < before.size(); ++i) {
      bool digit = before[i] >= '0' && before[i] <= '9';
      bool after_digit =
          i > 0 && ((before[i - 1] >= '0' && before[i - 1] <= '9') || before[i - 1] == '.');
      if (digit && !after_digit) ++k;
    }
    if (k >= parts.size()) return name;
    return std::string(parts[k]) + name.substr(joint.size());
  }
  return name;
}

std::string indicator_of(const QuantityContext& c, const QuantityMatch& m) {
  std::string name = part_of_joint(c, m, name_of(c, m));
  // A name of verbs, comparators and connectives alone (增长近, 比上年) names nothing: none rather
  // than a fragment.
  text::ByteRange whole{0, static_cast<std::uint32_t>(name.size())};
  text::ByteRange rest = trim(*c.rules, name, whole);
  if (han_chars(name, rest) < 2 || bare_lead(*c.rules, name, rest)) return {};
  return name;
}

text::ByteRange quote_of(const QuantityContext& c, const QuantityMatch& m,
                         std::string_view indicator) {
  text::ByteRange item = c.item;
  std::string_view item_text = c.text.substr(item.begin, item.end - item.begin);
  bool in_item = !indicator.empty() && item_text.find(indicator) != std::string_view::npos;
  text::ByteRange r = in_item ? item : c.clause;
  if (r.begin > m.range.begin || r.end < m.range.end) r = c.clause;
  // No leading or trailing spaces in a quote.
  std::uint32_t len = 0;
  while (r.begin < m.range.begin && is_space(code_point_at(c.text, r.begin, &len))) r.begin += len;
  std::uint32_t start = 0;
  while (r.end > m.range.end && is_space(code_point_before(c.text, r.end, &start))) r.end = start;
  return r;
}

}  // namespace zz::extract
