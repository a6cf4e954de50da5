// CooccurrenceGraph: building the compressed graph and iterating PageRank until it converges.
#include "textrank.hpp"

#include <algorithm>
#include <cmath>

namespace zz::extract {

CooccurrenceGraph::CooccurrenceGraph(std::size_t nodes, const std::vector<std::uint32_t>& sequence,
                                     std::size_t window) {
  // Each pair is recorded in both directions, sorted, and runs of equal pairs become one weight.
  std::vector<std::uint64_t> pairs;
  for (std::size_t i = 0; i < sequence.size(); ++i) {
    std::uint32_t a = sequence[i];
    if (a == kNoNode) continue;
    for (std::size_t j = i + 1; j < sequence.size() && j < i + window; ++j) {
      std::uint32_t b = sequence[j];
      if (b == kNoNode) break;
      if (a == b) continue;
      pairs.push_back(std::uint64_t{a} << 32 | b);
      pairs.push_back(std::uint64_t{b} << 32 | a);
    }
  }
  std::sort(pairs.begin(), pairs.end());
  offsets_.assign(nodes + 1, 0);
  strength_.assign(nodes, 0.0);
  for (std::size_t i = 0; i < pairs.size();) {
    std::size_t j = i;
    while (j < pairs.size() && pairs[j] == pairs[i]) ++j;
    auto from = static_cast<std::uint32_t>(pairs[i] >> 32);
    targets_.push_back(static_cast<std::uint32_t>(pairs[i]));
    weights_.push_back(static_cast<double>(j - i));
    strength_[from] += static_cast<double>(j - i);
    ++offsets_[from + 1];
    i = j;
  }
  for (std::size_t i = 0; i < nodes; ++i) offsets_[i + 1] += offsets_[i];
}

std::vector<double> CooccurrenceGraph::rank(const TextRankOptions& options, int* iterations) const {
  std::size_t n = nodes();
  std::vector<double> score(n, 1.0), next(n);
  int iteration = 0;
  while (iteration < options.max_iterations) {
    ++iteration;
    double change = 0;
    for (std::size_t i = 0; i < n; ++i) {
      // The graph is symmetric, so i's in-links are its out-links.
      double sum = 0;
      for (std::uint32_t e = offsets_[i]; e < offsets_[i + 1]; ++e) {
        std::uint32_t j = targets_[e];
        sum += weights_[e] / strength_[j] * score[j];
      }
      next[i] = (1 - options.damping) + options.damping * sum;
      change = std::max(change, std::abs(next[i] - score[i]));
    }
    score.swap(next);
    if (change < options.tolerance) break;
  }
  if (iterations != nullptr) *iterations = iteration;
  return score;
}

}  // namespace zz::extract
