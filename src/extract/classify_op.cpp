// op_of(), change_of() and hedge_of(): the comparator, change and hedge of a quantity, from the
// words next to it (data/rules/comparators.tsv, verbs.tsv, hedges.tsv).
#include <algorithm>
#include <vector>

#include "classify.hpp"
#include "clauses.hpp"
#include "rule_tables.hpp"

namespace zz::extract {
namespace {

using detail::OpWord;
using detail::RuleTables;

/// A verb of one character counts only right before its number (增强 is not 增).
bool adjacent_only(std::string_view word) { return word.size() <= 3; }

/// The start of the number once fillers (增长了5%, 分别增长) are skipped backwards.
std::uint32_t skip_fillers(const RuleTables& rules, std::string_view text, std::uint32_t begin,
                           std::uint32_t floor) {
  bool moved = true;
  while (moved) {
    moved = false;
    for (std::string_view f : rules.fillers) {
      if (begin >= floor + f.size() && ends_at(text, begin, f)) {
        begin -= static_cast<std::uint32_t>(f.size());
        moved = true;
      }
    }
  }
  return begin;
}

/// The op of the verb nearest to `end` in [begin, end); single-character verbs only count right
/// before the number (at `end` or at `adjacent`, the start once fillers are skipped).
std::optional<Op> nearest_verb(const RuleTables& rules, std::string_view text, std::uint32_t begin,
                               std::uint32_t end, std::uint32_t adjacent) {
  std::string_view head = text.substr(begin, end - begin);
  std::size_t best_end = 0;
  std::optional<Op> best_op;
  std::string_view best_word;
  auto consider = [&](std::size_t at, const OpWord& verb) {
    if (at > best_end || (at == best_end && verb.word.size() > best_word.size()))
      best_end = at, best_op = verb.op, best_word = verb.word;
  };
  rules.verb_set.for_each(head, [&](std::uint32_t k, std::size_t index) {
    const OpWord& verb = rules.verbs[index];
    if (!adjacent_only(verb.word)) consider(k + verb.word.size(), verb);
    return true;
  });
  for (const OpWord& verb : rules.verbs) {
    if (!adjacent_only(verb.word)) continue;
    if (ends_at(text, end, verb.word))
      consider(head.size(), verb);
    else if (adjacent > begin && adjacent < end && ends_at(text, adjacent, verb.word))
      consider(adjacent - begin, verb);
  }
  return best_op;
}

/// The op of the verb governing the number: the nearest before it in its list item, else before
/// the first item of the list (新增A 1000家、B 100家). A duration takes no verb of an earlier item:
/// it heads no list (9天实现确诊病例零新增、17天中风险地区全部清零).
std::optional<Op> governing_verb(const QuantityContext& c, const QuantityMatch& m) {
  const RuleTables& rules = *c.rules;
  std::uint32_t before = m.range.begin;
  std::uint32_t adjacent = skip_fillers(rules, c.text, before, c.clause.begin);
  std::optional<Op> op = nearest_verb(rules, c.text, c.item.begin, before, adjacent);
  if (!op && c.item.begin > c.clause.begin && m.unit_class != UnitClass::time)
    op = nearest_verb(rules, c.text, c.clause.begin, std::min(c.list_head, c.item.begin), 0);
  return op;
}

}  // namespace

QuantityContext context_of(std::string_view text, text::ByteRange paragraph, const QuantityMatch& m,
                           const RuleTables& rules) {
  QuantityContext c{text, paragraph, {}, {}, {}};
  c.sentence = clause_around(text, paragraph, m.range.begin, m.range.end, ClauseLevel::sentence);
  c.clause = clause_around(text, c.sentence, m.range.begin, m.range.end, ClauseLevel::clause);
  c.item = clause_around(text, c.clause, m.range.begin, m.range.end, ClauseLevel::list_item);
  c.list_head = m.range.begin;
  c.rules = &rules;
  return c;
}

Op op_of(const QuantityContext& c, const QuantityMatch& m) {
  std::string_view text = c.text;
  for (const OpWord& after : c.rules->comparators_after)
    if (starts_at(text, m.range.end, after.word)) return after.op;
  // 迈上5000亿元台阶 ends with 台阶 a few characters later; 突破千亿大关 likewise.
  const RuleTables& rules = *c.rules;
  std::uint32_t before = m.range.begin;
  for (std::uint32_t k : rules.comparators_before_by_last.with(code_point_before(text, before))) {
    const OpWord& b = rules.comparators_before[k];
    if (ends_at(text, before, b.word) && before - b.word.size() >= c.clause.begin) return b.op;
  }
  if (m.value.range) return Op::range;
  if (m.value.approx) return Op::approx;
  std::uint32_t adjacent = skip_fillers(rules, text, before, c.clause.begin);
  if (adjacent != before) {
    for (std::uint32_t k :
         rules.comparators_before_by_last.with(code_point_before(text, adjacent))) {
      const OpWord& b = rules.comparators_before[k];
      if (ends_at(text, adjacent, b.word)) return b.op;
    }
  }
  return governing_verb(c, m).value_or(Op::eq);
}

Change change_of(const QuantityContext& c, const QuantityMatch& m) {
  std::optional<Op> verb = governing_verb(c, m);
  if (verb == Op::inc) return Change::increase;
  if (verb == Op::dec) return Change::decrease;
  return Change::none;
}

Hedge hedge_of(const QuantityContext& c, const QuantityMatch& m) {
  std::string_view text = c.text;
  auto nearest_in = [&](std::uint32_t b, std::uint32_t e) {
    std::string_view part = text.substr(b, e - b);
    std::size_t best = std::string_view::npos;
    Hedge found = Hedge::none;
    for (const detail::HedgeWord& h : c.rules->hedges_before) {
      std::size_t k = part.rfind(h.word);
      if (k != std::string_view::npos && (best == std::string_view::npos || k > best))
        best = k, found = h.hedge;
    }
    return found;
  };
  Hedge hedge = nearest_in(c.clause.begin, m.range.begin);
  // 力争到2025年，GDP达到…: an adverbial lead clause governs what follows it.
  if (hedge == Hedge::none) {
    if (std::optional<text::ByteRange> lead = adverbial_lead(c))
      hedge = nearest_in(lead->begin, lead->end);
  }
  for (const detail::HedgeWord& h : c.rules->hedges_after) {
    if (hedge == Hedge::none && starts_at(text, m.range.end, h.word)) hedge = h.hedge;
  }
  return hedge;
}

}  // namespace zz::extract
