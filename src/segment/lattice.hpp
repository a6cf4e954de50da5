// The word lattice of one Han run: edges from the lexicon trie, ICU's words and the Chinese-number
// rule; the best path minimises the sum of word costs (negative log unigram probabilities).
#pragma once

#include <cstdint>
#include <vector>

#include "word_trie.hpp"
#include "zzreport/segment/token.hpp"

namespace zz::segment::detail {

/// Costs of the edges that do not come from the lexicon.
struct EdgeCosts {
  float unknown_char = 20;  ///< a character the lexicon does not know
  float icu_word = 13;      ///< a word of ICU's dictionary that the lexicon does not know
  float number = 9;         ///< a Chinese-numeral expression (三十一日, 百分之七十)
};

/// One token of the best path.
struct PathStep {
  std::uint32_t length;  ///< in code points
  TokenType type;
};

/// Reused buffers, one set per thread.
struct LatticeScratch {
  std::vector<float> cost;
  std::vector<std::uint32_t> length;
  std::vector<TokenType> type;
};

/// Appends the best segmentation of cps[0, n) to `path`. `icu_length[k]` (or null) is the length
/// of ICU's word starting at k, 0 where none starts.
void best_path(const WordTrie& trie, const EdgeCosts& costs, const char32_t* cps, std::size_t n,
               const std::uint32_t* icu_length, bool coarse, LatticeScratch& scratch,
               std::vector<PathStep>& path);

}  // namespace zz::segment::detail
