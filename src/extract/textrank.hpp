// TextRank: PageRank over an undirected weighted co-occurrence graph, iterated to convergence.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace zz::extract {

struct TextRankOptions {
  double damping = 0.85;
  double tolerance = 1e-6;   ///< stop when no score moves by more than this
  int max_iterations = 200;  ///< a safety net; the tolerance normally stops it far earlier
};

/// Undirected graph of `nodes` nodes built from the sequence of node ids `sequence`: nodes within
/// `window` positions of each other are linked, the weight counting how often. Ids equal to
/// kNoNode break the sequence (no edge crosses them).
class CooccurrenceGraph {
 public:
  static constexpr std::uint32_t kNoNode = 0xFFFFFFFFu;

  CooccurrenceGraph(std::size_t nodes, const std::vector<std::uint32_t>& sequence,
                    std::size_t window);

  std::size_t nodes() const { return offsets_.size() - 1; }

  /// Scores with mean 1 (a node without edges keeps 1 - damping), and the iterations it took.
  std::vector<double> rank(const TextRankOptions& options, int* iterations = nullptr) const;

 private:
  // Compressed adjacency: the neighbours of node i are targets_[offsets_[i] .. offsets_[i + 1]).
  std::vector<std::uint32_t> offsets_;
  std::vector<std::uint32_t> targets_;
  std::vector<double> weights_;
  std::vector<double> strength_;  // sum of a node's edge weights
};

}  // namespace zz::extract
