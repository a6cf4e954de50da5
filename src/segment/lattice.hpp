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

/// The segmenter's prior against cutting text into more words: added to the cost of every token
/// of a path (e^-1 per token), so that a word the lexicon knows (新年, 日前) is not beaten by two
/// very frequent characters (新 年, 日 前) on the unigram costs alone. A decoding prior only: the
/// lexicon's frequencies are estimated without it (see best_path()). Measured on PKU: +0.002 F1
/// in every configuration; 0.5 to 2 give the same, 3 cuts too little.
constexpr float kTokenCost = 1.0F;

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
/// of ICU's word starting at k, 0 where none starts. `token_cost` is added to every token's cost:
/// kTokenCost when segmenting; 0 when the lexicon builder re-estimates frequencies (maximum
/// likelihood: with the prior, long words absorb the counts of their parts, −0.0025 F1 on PKU).
void best_path(const WordTrie& trie, const EdgeCosts& costs, const char32_t* cps, std::size_t n,
               const std::uint32_t* icu_length, bool coarse, float token_cost,
               LatticeScratch& scratch, std::vector<PathStep>& path);

}  // namespace zz::segment::detail
