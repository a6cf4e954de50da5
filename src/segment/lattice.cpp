// Best path through the word lattice, by dynamic programming from the end of the run (each edge
// starts where the trie walk starts, so the walk feeds the recurrence directly).
#include "lattice.hpp"

#include "char_class.hpp"
#include "number_rules.hpp"

namespace zz::segment::detail {

void best_path(const WordTrie& trie, const EdgeCosts& costs, const char32_t* cps, std::size_t n,
               const std::uint32_t* icu_length, bool coarse, float token_cost,
               LatticeScratch& scratch, std::vector<PathStep>& path) {
  scratch.cost.resize(n + 1);
  scratch.length.resize(n + 1);
  scratch.type.resize(n + 1);
  float* best = scratch.cost.data();
  std::uint32_t* length = scratch.length.data();
  TokenType* type = scratch.type.data();
  best[n] = 0;
  for (std::size_t k = n; k-- > 0;) {
    float b = costs.unknown_char + token_cost + best[k + 1];
    std::uint32_t bl = 1;
    TokenType bt = TokenType::word;
    // After 第 a numeral is an ordinal's: it counts nothing and takes no classifier (第三十 条, not
    // 第 三十条), in either granularity.
    bool units = coarse && !(k > 0 && cps[k - 1] == U'第');
    std::size_t number_length = match_chinese_number(cps, n, k, units);
    // In the fine granularity (and after 第) a lexicon word that is a number with its unit (一位,
    // 三个) would undo the split the number rule makes: it is not an edge.
    std::size_t unit_word = units ? 0 : match_chinese_number(cps, n, k, true);
    if (unit_word == number_length) unit_word = 0;
    // A numeral after 第 belongs to the ordinal: no lexicon word starts with it (第三 步, 第一 缕,
    // not 第 三步, 第 一缕).
    bool ordinal_numeral = k > 0 && cps[k - 1] == U'第' && is_cn_digit(cps[k]);
    trie.for_each_prefix(cps + k, n - k, [&](std::size_t len, float cost, WordKind kind) {
      if (len == unit_word || ordinal_numeral) return;
      float c = cost + token_cost + best[k + len];
      if (c < b) {
        b = c;
        bl = static_cast<std::uint32_t>(len);
        bt = kind == WordKind::slogan ? TokenType::slogan : TokenType::word;
      }
    });
    if (icu_length != nullptr && icu_length[k] > 1) {
      float c = costs.icu_word + token_cost + best[k + icu_length[k]];
      if (c < b) {
        b = c;
        bl = icu_length[k];
        bt = TokenType::word;
      }
    }
    if (std::size_t len = number_length; len > 0) {
      float c = costs.number + token_cost + best[k + len];
      // A lexicon word with the same extent (一年, 第三) is still a number.
      if (c < b || (len == bl && bt == TokenType::word)) {
        b = c < b ? c : b;
        bl = static_cast<std::uint32_t>(len);
        bt = TokenType::number;
      }
    }
    best[k] = b;
    length[k] = bl;
    type[k] = bt;
  }
  for (std::size_t k = 0; k < n; k += length[k]) path.push_back({length[k], type[k]});
}

}  // namespace zz::segment::detail
