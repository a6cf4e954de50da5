// ngram_candidates(): one hash table per n-gram length, filled level by level (an n-gram is counted
// only when both of its (n-1)-grams are frequent, which keeps the tables small); entropies come
// from the (n+1)-gram counts.
#include "ngram_stats.hpp"

#include <algorithm>
#include <cmath>

namespace zz::segment::detail {

NgramKey make_ngram_key(const char32_t* cps, std::size_t n) {
  NgramKey key;
  for (std::size_t i = 0; i < n; ++i) {
    std::uint64_t& word = i < 3 ? key.a : key.b;
    word = (word << 21) | static_cast<std::uint64_t>(cps[i]);
  }
  return key;
}

void unpack_ngram_key(const NgramKey& key, std::size_t n, char32_t* out) {
  for (std::size_t i = 0; i < n; ++i) {
    std::size_t shift = i < 3 ? (std::min<std::size_t>(n, 3) - 1 - i) * 21 : (n - 1 - i) * 21;
    out[i] = static_cast<char32_t>(((i < 3 ? key.a : key.b) >> shift) & 0x1FFFFF);
  }
}

namespace {

using CountTable = std::unordered_map<NgramKey, std::uint32_t, NgramKeyHash>;

std::uint32_t count_of(const CountTable& table, const char32_t* cps, std::size_t n) {
  auto it = table.find(make_ngram_key(cps, n));
  return it == table.end() ? 0 : it->second;
}

/// Sum of c*ln(c) over the neighbours of each n-gram, on one side.
struct NeighbourSums {
  std::unordered_map<NgramKey, double, NgramKeyHash> sum;
};

double entropy(std::uint32_t total, double sum_c_log_c) {
  // Neighbours not in the (n+1)-gram table (rare ones, run boundaries) count as seen once each,
  // adding 0 to the sum.
  double t = total;
  return std::log(t) - sum_c_log_c / t;
}

}  // namespace

std::vector<NgramCandidate> ngram_candidates(const std::u32string& corpus, std::uint32_t min_count,
                                             std::size_t max_length) {
  std::size_t top = std::min<std::size_t>(max_length + 1, 6);
  std::vector<CountTable> tables(top + 1);
  const char32_t* text = corpus.data();
  std::size_t size = corpus.size();
  double total_chars = 0;
  for (std::size_t i = 0; i < size; ++i) {
    if (text[i] == 0) continue;
    ++tables[1][make_ngram_key(text + i, 1)];
    ++total_chars;
  }
  for (std::size_t n = 2; n <= top; ++n) {
    const CountTable& shorter = tables[n - 1];
    CountTable& table = tables[n];
    table.reserve(shorter.size() * 2);
    for (std::size_t i = 0; i + n <= size; ++i) {
      bool inside = true;
      for (std::size_t k = 0; k < n && inside; ++k) inside = text[i + k] != 0;
      if (!inside) continue;
      if (count_of(shorter, text + i, n - 1) < min_count ||
          count_of(shorter, text + i + 1, n - 1) < min_count) {
        continue;
      }
      ++table[make_ngram_key(text + i, n)];
    }
  }

  std::vector<NgramCandidate> out;
  for (std::size_t n = 2; n <= std::min(max_length, top - 1); ++n) {
    NeighbourSums left;
    NeighbourSums right;
    // The keys pack the characters: unpack each (n+1)-gram into its n-gram prefix and suffix.
    for (const auto& [key, count] : tables[n + 1]) {
      char32_t cps[6];
      unpack_ngram_key(key, n + 1, cps);
      double c = count;
      double term = c * std::log(c);
      right.sum[make_ngram_key(cps, n)] += term;
      left.sum[make_ngram_key(cps + 1, n)] += term;
    }
    for (const auto& [key, count] : tables[n]) {
      if (count < min_count) continue;
      NgramCandidate cand;
      char32_t cps[6];
      unpack_ngram_key(key, n, cps);
      cand.word.assign(cps, n);
      cand.count = count;
      double pmi = 1e9;
      for (std::size_t k = 1; k < n; ++k) {
        double a = count_of(tables[k], cand.word.data(), k);
        double b = count_of(tables[n - k], cand.word.data() + k, n - k);
        pmi = std::min(pmi, std::log(count * total_chars / (a * b)));
      }
      cand.cohesion = pmi;
      auto r = right.sum.find(key);
      auto l = left.sum.find(key);
      cand.right_entropy = entropy(count, r == right.sum.end() ? 0.0 : r->second);
      cand.left_entropy = entropy(count, l == left.sum.end() ? 0.0 : l->second);
      out.push_back(std::move(cand));
    }
  }
  std::sort(out.begin(), out.end(),
            [](const NgramCandidate& x, const NgramCandidate& y) { return x.word < y.word; });
  return out;
}

}  // namespace zz::segment::detail
