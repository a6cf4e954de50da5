// find_phrases(): counts recurring unit sequences level by level, then keeps the cohesive ones.
#include "phrases.hpp"

#include <algorithm>
#include <unordered_map>

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
  struct Candidate {
    std::uint32_t count = 0;
    std::uint32_t first = 0;  // index of the first unit of its first occurrence
  };
  std::vector<Gram> phrases;
  std::unordered_map<Gram, Candidate, GramHash> previous, current;
  auto recurred = [&](std::size_t at, std::size_t n) {
    if (n == 1) return id_counts[ids[at]] >= options.min_count;
    auto it = previous.find(make_gram(&ids[at], n));
    return it != previous.end() && it->second.count >= options.min_count;
  };
  std::size_t max_tokens = std::min(options.max_tokens, kMaxGramTokens);
  for (std::size_t n = 2; n <= max_tokens; ++n) {
    // A sequence can recur only if both its shorter sub-sequences do: count only those.
    current.clear();
    std::size_t run_begin = 0;
    for (std::size_t i = 0; i < units.size(); ++i) {
      if (units[i].run_start) run_begin = i;
      if (i + 1 < run_begin + n) continue;
      std::size_t at = i + 1 - n;
      if (!recurred(at, n - 1) || !recurred(at + 1, n - 1)) continue;
      Candidate& c = current[make_gram(&ids[at], n)];
      if (c.count++ == 0) c.first = static_cast<std::uint32_t>(at);
    }
    for (const auto& [gram, c] : current) {
      if (c.count < options.min_count) continue;
      std::uint32_t rarest = id_counts[gram.ids[0]];
      for (std::size_t k = 1; k < n; ++k) rarest = std::min(rarest, id_counts[gram.ids[k]]);
      if (c.count < options.min_cohesion * rarest) continue;
      const Unit& first = units[c.first];
      const Unit& last = units[c.first + n - 1];
      if (!quotes_balanced(text.substr(first.begin, last.end - first.begin))) continue;
      phrases.push_back(gram);
    }
    previous.swap(current);
    if (previous.empty()) break;
  }
  std::sort(phrases.begin(), phrases.end());  // hash order must not reach the output
  return phrases;
}

}  // namespace zz::extract
