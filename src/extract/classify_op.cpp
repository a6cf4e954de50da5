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
  std::string_view op;
};

// Written right after the quantity (unit included).
constexpr std::array<Marker, 10> kAfter = {{
    {"及以上", "ge"}, {"以上", "ge"}, {"及以下", "le"}, {"以下", "le"}, {"以内", "le"},
    {"之内", "le"},   {"左右", "approx"}, {"上下", "approx"}, {"台阶", "ge"}, {"大关", "ge"},
}};

// Written right before the number (longer first where one ends another: 不超过 before 超过).
constexpr std::array<Marker, 30> kBefore = {{
    {"不低于", "ge"}, {"不少于", "ge"}, {"至少", "ge"},   {"突破", "ge"},   {"迈上", "ge"},
    {"跨上", "ge"},   {"跃上", "ge"},   {"站上", "ge"},   {"迈过", "ge"},   {"跨越", "ge"},
    {"不超过", "le"}, {"不高于", "le"}, {"不多于", "le"}, {"不大于", "le"}, {"超过", "gt"},
    {"超", "gt"},     {"逾", "gt"},     {"高于", "gt"},   {"多于", "gt"},   {"大于", "gt"},
    {"低于", "lt"},   {"少于", "lt"},   {"小于", "lt"},   {"不到", "lt"},   {"不足", "lt"},
    {"大约", "approx"}, {"约", "approx"}, {"接近", "approx"}, {"将近", "approx"}, {"近", "approx"},
}};

// Verbs that set a level (eq) or change it by an amount (inc, dec), searched backwards through the
// clause. Single characters only count right before the number (增强 is not 增).
constexpr std::array<Marker, 41> kVerbs = {{
    {"提高到", "eq"}, {"提升到", "eq"}, {"增加到", "eq"}, {"增长到", "eq"}, {"扩大到", "eq"},
    {"下降到", "eq"}, {"降低到", "eq"}, {"减少到", "eq"}, {"提高至", "eq"}, {"提升至", "eq"},
    {"增至", "eq"},   {"降至", "eq"},   {"达到", "eq"},   {"控制在", "eq"}, {"保持在", "eq"},
    {"稳定在", "eq"}, {"新增", "inc"},  {"增长", "inc"},  {"增加", "inc"},  {"提高", "inc"},
    {"提升", "inc"},  {"上涨", "inc"},  {"上升", "inc"},  {"扩大", "inc"},  {"增收", "inc"},
    {"下降", "dec"},  {"减少", "dec"},  {"降低", "dec"},  {"压减", "dec"},  {"缩减", "dec"},
    {"削减", "dec"},  {"下调", "dec"},  {"回落", "dec"},  {"压降", "dec"},  {"减排", "dec"},
    {"增", "inc"},    {"涨", "inc"},    {"降", "dec"},    {"减", "dec"},    {"为", "eq"},
    {"达", "eq"},
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
std::string_view nearest_verb(std::string_view text, std::uint32_t begin, std::uint32_t end,
                              std::uint32_t adjacent) {
  static const std::vector<std::string_view> words = [] {
    std::vector<std::string_view> all;
    for (const Marker& mk : kVerbs) all.push_back(mk.word);
    return all;
  }();
  static const WordSet verbs(words);
  std::string_view head = text.substr(begin, end - begin);
  std::size_t best_end = 0;
  std::string_view best_op, best_word;
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
std::string_view governing_verb(const QuantityContext& c, const QuantityMatch& m) {
  std::uint32_t before = m.range.begin;
  std::uint32_t adjacent = skip_fillers(c.text, before, c.clause.begin);
  std::string_view op = nearest_verb(c.text, c.item.begin, before, adjacent);
  if (op.empty() && c.item.begin > c.clause.begin)
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

std::string op_of(const QuantityContext& c, const QuantityMatch& m) {
  std::string_view text = c.text;
  for (const Marker& mk : kAfter)
    if (starts_at(text, m.range.end, mk.word)) return std::string(mk.op);
  // 迈上5000亿元台阶 ends with 台阶 a few characters later; 突破千亿大关 likewise.
  std::uint32_t before = m.range.begin;
  for (const Marker& mk : kBefore)
    if (ends_at(text, before, mk.word) && before - mk.word.size() >= c.clause.begin) return std::string(mk.op);
  if (m.value.range) return "range";
  if (m.value.approx) return "approx";
  std::uint32_t adjacent = skip_fillers(text, before, c.clause.begin);
  for (const Marker& mk : kBefore)
    if (adjacent != before && ends_at(text, adjacent, mk.word)) return std::string(mk.op);
  std::string_view op = governing_verb(c, m);
  return op.empty() ? "eq" : std::string(op);
}

std::string change_of(const QuantityContext& c, const QuantityMatch& m) {
  std::string_view verb = governing_verb(c, m);
  if (verb == "inc") return "increase";
  if (verb == "dec") return "decrease";
  return {};
}

std::string hedge_of(const QuantityContext& c, const QuantityMatch& m) {
  static constexpr std::array<std::string_view, 3> kHedges = {"力争", "确保", "争取"};
  std::string_view text = c.text;
  auto nearest_in = [&](std::uint32_t b, std::uint32_t e) -> std::string {
    std::string_view part = text.substr(b, e - b);
    std::size_t best = std::string_view::npos;
    std::string_view found;
    for (std::string_view h : kHedges) {
      std::size_t k = part.rfind(h);
      if (k != std::string_view::npos && (best == std::string_view::npos || k > best)) best = k, found = h;
    }
    return std::string(found);
  };
  std::string hedge = nearest_in(c.clause.begin, m.range.begin);
  // 力争到2025年，GDP达到…: an adverbial lead clause governs what follows it.
  if (hedge.empty()) {
    if (std::optional<text::ByteRange> lead = adverbial_lead(c)) hedge = nearest_in(lead->begin, lead->end);
  }
  if (hedge.empty() && starts_at(text, m.range.end, "左右")) hedge = "左右";
  return hedge;
}

}  // namespace zz::extract
