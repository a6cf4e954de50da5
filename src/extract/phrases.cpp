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
      case U'“': case U'‘': case U'「': case U'『': ++depth; break;
      case U'”': case U'’': case U'」': case U'』':
        if (--depth < 0) return false;
        break;
      case U'"': ascii_open = !ascii_open; break;
      default: break;
    }
  }
  return depth == 0 && !ascii_open;
}

std::vector<Gram> find_phrases(std::string_view text, const std::vector<Unit>& units,
                               const std::vector<std::uint32_t>& ids,
                               const std::vector<std::uint32_t>& id_counts,
                               const PhraseOptions& options) {
  constexpr std::uint32_t kNone = 0xFFFFFFFFu;
  struct Candidate {
    std::uint32_t count = 0;
    std::uint32_t first = 0;  // index of the first unit of its first occurrence
  };
  // Level by level (apriori): a sequence of n units can recur only if both its sequences of n - 1
  // do. `recurring[i]` names the recurring sequence of the previous level that starts at unit i
  // (kNone if none), so a sequence of this level is keyed by two integers: the sequence of its
  // first n - 1 units and its last unit.
  std::vector<std::uint32_t> recurring(units.size(), kNone), next(units.size(), kNone);
  for (std::size_t i = 0; i < units.size(); ++i) {
    if (id_counts[ids[i]] >= options.min_count) recurring[i] = ids[i];
  }
  // Sized for a report; a larger text grows it (a first size in proportion to a 50 MB text would
  // cost hundreds of megabytes up front).
  FlatMap<std::uint64_t, std::uint32_t, IntegerHash> index(std::min<std::size_t>(units.size() / 4, 1u << 14));
  std::vector<Candidate> candidates;
  std::vector<Gram> phrases;
  std::size_t max_tokens = std::min(options.max_tokens, kMaxGramTokens);
  for (std::size_t n = 2; n <= max_tokens; ++n) {
    index.clear();
    candidates.clear();
    std::fill(next.begin(), next.end(), kNone);
    std::size_t run_begin = 0;
    for (std::size_t i = 0; i < units.size(); ++i) {
      if (units[i].run_start) run_begin = i;
      if (i + 1 < run_begin + n) continue;
      std::size_t at = i + 1 - n;
      if (recurring[at] == kNone || recurring[at + 1] == kNone) continue;
      auto [candidate, inserted] = index.try_emplace(std::uint64_t{recurring[at]} << 32 | ids[i]);
      if (inserted) {
        candidate = static_cast<std::uint32_t>(candidates.size());
        candidates.push_back({0, static_cast<std::uint32_t>(at)});
      }
      ++candidates[candidate].count;
      next[at] = candidate;
    }
    bool any = false;
    for (std::uint32_t& c : next) {
      if (c != kNone && candidates[c].count < options.min_count) c = kNone;
      any = any || c != kNone;
    }
    for (const Candidate& c : candidates) {
      if (c.count < options.min_count) continue;
      std::uint32_t rarest = id_counts[ids[c.first]];
      for (std::size_t k = 1; k < n; ++k) rarest = std::min(rarest, id_counts[ids[c.first + k]]);
      if (c.count < options.min_cohesion * rarest) continue;
      const Unit& first = units[c.first];
      const Unit& last = units[c.first + n - 1];
      if (!quotes_balanced(text.substr(first.begin, last.end - first.begin))) continue;
      phrases.push_back(make_gram(&ids[c.first], n));
    }
    recurring.swap(next);
    if (!any) break;
  }
  std::sort(phrases.begin(), phrases.end());
  return phrases;
}

}  // namespace zz::extract
