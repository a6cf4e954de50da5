// find_phrases(): counts recurring unit sequences level by level, then keeps the cohesive ones.
#include "phrases.hpp"

#include <algorithm>

#include "flat_map.hpp"
#include "zzreport/text/utf8.hpp"

namespace zz::extract {

bool quotes_balanced(std::string_view surface) {
  int depth = 0;
  bool ascii_open = false;
  std::size_t i = 0;
  while (i < surface.size()) {
    char32_t cp = text::utf8::next_code_point(surface, i);
    switch (cp) {
      case U'“':
      case U'‘':
      case U'「':
      case U'『':
        ++depth;
        break;
      case U'”':
      case U'’':
      case U'」':
      case U'』':
        if (--depth < 0) return false;
        break;
      case U'"':
        ascii_open = !ascii_open;
        break;
      default:
        break;
    }
  }
  return depth == 0 && !ascii_open;
}

namespace {

/// Whether a quotation mark stands between two of the n units from `first` on (only such a
/// phrase can hold half a quotation).
bool holds_quote_mark(const std::vector<Unit>& units, std::uint32_t first, std::size_t n) {
  for (std::size_t k = 1; k < n; ++k) {
    if (units[first + k].glued) return true;
  }
  return false;
}

}  // namespace

Phrases find_phrases(std::string_view text, const ContentUnits& content,
                     const PhraseOptions& options) {
  const std::vector<Unit>& units = content.units;
  const std::vector<std::uint32_t>& id_counts = content.id_counts;
  constexpr std::uint32_t kNone = Phrases::kNone;
  struct Candidate {
    std::uint32_t count = 0;
    std::uint32_t first = 0;  // index of the first unit of its first occurrence
    std::uint32_t phrase = kNone;
  };
  // Level by level (apriori): a sequence of n units can recur only if both its sequences of n - 1
  // do. `live` lists, ascending, the positions where a recurring sequence of the previous level
  // starts, and `sequence` names it (the same index), so a sequence of this level is keyed by two
  // integers: the sequence of its first n - 1 units and its last unit. A position stays live when
  // the next position is live too (a recurring sequence followed by another in the same run): a
  // few thousand positions at the second level, and fewer at each one after. The first level is
  // the units themselves, counted already: the second level's positions are found in one pass
  // over the units, each named by its unit's id.
  //
  // Whether a position stays is as good as random to the branch predictor, which costs about as
  // much as the rest of the work: the lists are compacted without branches, each position
  // written and the count advanced by the test's outcome.
  std::vector<std::uint32_t> live(units.size()), sequence(units.size());
  std::size_t found = 0;
  for (std::uint32_t i = 0; i + 1 < units.size(); ++i) {
    live[found] = i;
    sequence[found] = units[i].id;
    // & rather than &&: each test is cheap and safe, and && would branch on each.
    bool recurs = !units[i + 1].run_start & (id_counts[units[i].id] >= options.min_count) &
                  (id_counts[units[i + 1].id] >= options.min_count);
    found += recurs;
  }
  live.resize(found);
  sequence.resize(found);
  FlatMap<std::uint64_t, std::uint32_t, IntegerHash> index;
  std::vector<Candidate> candidates;
  std::vector<std::uint32_t> recurring;
  Phrases phrases;
  phrases.longest.assign(units.size(), kNone);
  std::size_t max_tokens = std::min(options.max_tokens, kMaxGramTokens);
  for (std::size_t n = 2; n <= max_tokens && !live.empty(); ++n) {
    if (n > 2) {
      // Keep the positions whose next position is live: the sequence there lies in one run and
      // overlaps this one in n - 2 >= 1 units, so both are in the same run.
      std::size_t kept = 0;
      for (std::size_t k = 0; k + 1 < live.size(); ++k) {
        live[kept] = live[k];
        sequence[kept] = sequence[k];
        kept += static_cast<std::size_t>(live[k + 1] == live[k] + 1);
      }
      live.resize(kept);
      sequence.resize(kept);
    }
    // Sized for a report's phrases and grown on demand: a long text repeating a few words has
    // millions of positions but a handful of distinct sequences.
    index.reset(std::min<std::size_t>(live.size(), 1u << 14));
    // A candidate is written at each of its positions, its fields kept when it is not new, and
    // the number of candidates advanced by whether it is (new or known is as good as random).
    // Like the index, the list is sized for a report and grown on demand.
    candidates.assign(std::clamp<std::size_t>(live.size(), 1, 1u << 14), Candidate{});
    std::size_t room = candidates.size();
    std::uint32_t distinct = 0;
    for (std::size_t k = 0; k < live.size(); ++k) {
      std::uint32_t at = live[k];
      auto [candidate, inserted] =
          index.try_emplace(std::uint64_t{sequence[k]} << 32 | units[at + n - 1].id);
      if (distinct == room) candidates.resize(room *= 2);
      candidate = inserted ? distinct : candidate;
      distinct += static_cast<std::uint32_t>(inserted);
      Candidate& c = candidates[candidate];
      c.first = inserted ? at : c.first;
      ++c.count;
      sequence[k] = candidate;
    }
    candidates.resize(distinct);
    // The candidates that recur, listed without a branch on each (most occur once).
    recurring.resize(distinct);
    std::size_t recur = 0;
    for (std::uint32_t c = 0; c < distinct; ++c) {
      recurring[recur] = c;
      recur += static_cast<std::size_t>(candidates[c].count >= options.min_count);
    }
    for (std::size_t r = 0; r < recur; ++r) {
      Candidate& c = candidates[recurring[r]];
      std::uint32_t rarest = id_counts[units[c.first].id];
      for (std::size_t k = 1; k < n; ++k)
        rarest = std::min(rarest, id_counts[units[c.first + k].id]);
      if (c.count < options.min_cohesion * rarest) continue;
      if (holds_quote_mark(units, c.first, n)) {
        const Unit& first = units[c.first];
        const Unit& last = units[c.first + n - 1];
        if (!quotes_balanced(text.substr(first.begin, last.end - first.begin))) continue;
      }
      c.phrase = static_cast<std::uint32_t>(phrases.first.size());
      phrases.first.push_back(c.first);
      phrases.length.push_back(static_cast<std::uint32_t>(n));
    }
    // The sequences of this level that recur are the next level's.
    std::size_t kept = 0;
    for (std::size_t k = 0; k < live.size(); ++k) {
      const Candidate& c = candidates[sequence[k]];
      // Levels rise: the last phrase found at a position is the longest (a candidate that does
      // not recur is no phrase).
      std::uint32_t& longest = phrases.longest[live[k]];
      longest = c.phrase != kNone ? c.phrase : longest;
      live[kept] = live[k];
      sequence[kept] = sequence[k];
      kept += static_cast<std::size_t>(c.count >= options.min_count);
    }
    live.resize(kept);
    sequence.resize(kept);
  }
  return phrases;
}

}  // namespace zz::extract
