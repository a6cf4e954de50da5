// op_of() and hedge_of(): the comparator and hedge of a quantity, from the words next to it.
#include <algorithm>
#include <array>
#include <vector>

#include "classify.hpp"
#include "clauses.hpp"
#include "word_set.hpp"

namespace zz::extract {
namespace {

struct Marker {
  std::string_view word;
  Op op;
};

// Written right after the quantity (unit included).
constexpr std::array<Marker, 10> kAfter = {{
    {"及以上", Op::ge}, {"以上", Op::ge}, {"及以下", Op::le}, {"以下", Op::le}, {"以内", Op::le},
    {"之内", Op::le},   {"左右", Op::approx}, {"上下", Op::approx}, {"台阶", Op::ge}, {"大关", Op::ge},
}};

// Written right before the number (longer first where one ends another: 不超过 before 超过).
constexpr std::array<Marker, 30> kBefore = {{
    {"不低于", Op::ge}, {"不少于", Op::ge}, {"至少", Op::ge},   {"突破", Op::ge},   {"迈上", Op::ge},
    {"跨上", Op::ge},   {"跃上", Op::ge},   {"站上", Op::ge},   {"迈过", Op::ge},   {"跨越", Op::ge},
    {"不超过", Op::le}, {"不高于", Op::le}, {"不多于", Op::le}, {"不大于", Op::le}, {"超过", Op::gt},
    {"超", Op::gt},     {"逾", Op::gt},     {"高于", Op::gt},   {"多于", Op::gt},   {"大于", Op::gt},
    {"低于", Op::lt},   {"少于", Op::lt},   {"小于", Op::lt},   {"不到", Op::lt},   {"不足", Op::lt},
    {"大约", Op::approx}, {"约", Op::approx}, {"接近", Op::approx}, {"将近", Op::approx}, {"近", Op::approx},
}};

// Verbs that set a level (eq) or change it by an amount (inc, dec), searched backwards through the
// clause. Single characters only count right before the number (增强 is not 增).
constexpr std::array<Marker, 41> kVerbs = {{
    {"提高到", Op::eq}, {"提升到", Op::eq}, {"增加到", Op::eq}, {"增长到", Op::eq}, {"扩大到", Op::eq},
    {"下降到", Op::eq}, {"降低到", Op::eq}, {"减少到", Op::eq}, {"提高至", Op::eq}, {"提升至", Op::eq},
    {"增至", Op::eq},   {"降至", Op::eq},   {"达到", Op::eq},   {"控制在", Op::eq}, {"保持在", Op::eq},
    {"稳定在", Op::eq}, {"新增", Op::inc},  {"增长", Op::inc},  {"增加", Op::inc},  {"提高", Op::inc},
    {"提升", Op::inc},  {"上涨", Op::inc},  {"上升", Op::inc},  {"扩大", Op::inc},  {"增收", Op::inc},
    {"下降", Op::dec},  {"减少", Op::dec},  {"降低", Op::dec},  {"压减", Op::dec},  {"缩减", Op::dec},
    {"削减", Op::dec},  {"下调", Op::dec},  {"回落", Op::dec},  {"压降", Op::dec},  {"减排", Op::dec},
    {"增", Op::inc},    {"涨", Op::inc},    {"降", Op::dec},    {"减", Op::dec},    {"为", Op::eq},
    {"达", Op::eq},
}};

bool adjacent_only(std::string_view word) { return word.size() <= 3; }

// Words that may stand between a verb and its number without changing the reading.
constexpr std::array<std::string_view, 6> kFillers = {"了", "到", "至", "分别", "平均", "年均"};

/// The start of the number once fillers (增长了5%, 分别增长) are skipped backwards.
std::uint32_t skip_fillers(std::string_view text, std::uint32_t begin, std::uint32_t floor) {
  bool moved = true;
  while (moved) {
    moved = false;
    for (std::string_view f : kFillers) {
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
std::optional<Op> nearest_verb(std::string_view text, std::uint32_t begin, std::uint32_t end,
                               std::uint32_t adjacent) {
  static const std::vector<std::string_view> words = [] {
    std::vector<std::string_view> all;
    for (const Marker& mk : kVerbs) all.push_back(mk.word);
    return all;
  }();
  static const WordSet verbs(words);
  std::string_view head = text.substr(begin, end - begin);
  std::size_t best_end = 0;
  std::optional<Op> best_op;
  std::string_view best_word;
  auto consider = [&](std::size_t at, const Marker& mk) {
    if (at > best_end || (at == best_end && mk.word.size() > best_word.size()))
      best_end = at, best_op = mk.op, best_word = mk.word;
  };
  verbs.for_each(head, [&](std::uint32_t k, std::size_t index) {
    if (!adjacent_only(kVerbs[index].word)) consider(k + kVerbs[index].word.size(), kVerbs[index]);
    return true;
  });
  for (const Marker& mk : kVerbs) {
    if (!adjacent_only(mk.word)) continue;
    if (ends_at(text, end, mk.word)) consider(head.size(), mk);
    else if (adjacent > begin && adjacent < end && ends_at(text, adjacent, mk.word)) consider(adjacent - begin, mk);
  }
  return best_op;
}

/// The op of the verb governing the number: the nearest before it in its list item, else before
/// the first item of the list (新增A 1000家、B 100家).
std::optional<Op> governing_verb(const QuantityContext& c, const QuantityMatch& m) {
  std::uint32_t before = m.range.begin;
  std::uint32_t adjacent = skip_fillers(c.text, before, c.clause.begin);
  std::optional<Op> op = nearest_verb(c.text, c.item.begin, before, adjacent);
  if (!op && c.item.begin > c.clause.begin)
    op = nearest_verb(c.text, c.clause.begin, std::min(c.list_head, c.item.begin), 0);
  return op;
}

}  // namespace

QuantityContext context_of(std::string_view text, text::ByteRange paragraph, const QuantityMatch& m) {
  QuantityContext c{text, paragraph, {}, {}, {}};
  c.sentence = clause_around(text, paragraph, m.range.begin, m.range.end, ClauseLevel::sentence);
  c.clause = clause_around(text, c.sentence, m.range.begin, m.range.end, ClauseLevel::clause);
  c.item = clause_around(text, c.clause, m.range.begin, m.range.end, ClauseLevel::list_item);
  c.list_head = m.range.begin;
  return c;
}

Op op_of(const QuantityContext& c, const QuantityMatch& m) {
  std::string_view text = c.text;
  for (const Marker& mk : kAfter)
    if (starts_at(text, m.range.end, mk.word)) return mk.op;
  // 迈上5000亿元台阶 ends with 台阶 a few characters later; 突破千亿大关 likewise.
  std::uint32_t before = m.range.begin;
  for (const Marker& mk : kBefore)
    if (ends_at(text, before, mk.word) && before - mk.word.size() >= c.clause.begin) return mk.op;
  if (m.value.range) return Op::range;
  if (m.value.approx) return Op::approx;
  std::uint32_t adjacent = skip_fillers(text, before, c.clause.begin);
  for (const Marker& mk : kBefore)
    if (adjacent != before && ends_at(text, adjacent, mk.word)) return mk.op;
  return governing_verb(c, m).value_or(Op::eq);
}

Change change_of(const QuantityContext& c, const QuantityMatch& m) {
  std::optional<Op> verb = governing_verb(c, m);
  if (verb == Op::inc) return Change::increase;
  if (verb == Op::dec) return Change::decrease;
  return Change::none;
}

Hedge hedge_of(const QuantityContext& c, const QuantityMatch& m) {
  struct HedgeWord {
    std::string_view word;
    Hedge hedge;
  };
  static constexpr std::array<HedgeWord, 3> kHedges = {
      {{"力争", Hedge::strive}, {"确保", Hedge::ensure}, {"争取", Hedge::seek}}};
  std::string_view text = c.text;
  auto nearest_in = [&](std::uint32_t b, std::uint32_t e) {
    std::string_view part = text.substr(b, e - b);
    std::size_t best = std::string_view::npos;
    Hedge found = Hedge::none;
    for (const HedgeWord& h : kHedges) {
      std::size_t k = part.rfind(h.word);
      if (k != std::string_view::npos && (best == std::string_view::npos || k > best)) best = k, found = h.hedge;
    }
    return found;
  };
  Hedge hedge = nearest_in(c.clause.begin, m.range.begin);
  // 力争到2025年，GDP达到…: an adverbial lead clause governs what follows it.
  if (hedge == Hedge::none) {
    if (std::optional<text::ByteRange> lead = adverbial_lead(c)) hedge = nearest_in(lead->begin, lead->end);
  }
  if (hedge == Hedge::none && starts_at(text, m.range.end, "左右")) hedge = Hedge::approx;
  return hedge;
}

}  // namespace zz::extract
