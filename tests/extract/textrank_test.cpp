// Tests of CooccurrenceGraph: edges from a window, and PageRank stopping at convergence.
#include "textrank.hpp"

#include <gtest/gtest.h>

#include <numeric>

namespace zz::extract {
namespace {

TEST(TextRank, HubOfAStarRanksFirst) {
  // 0 co-occurs with everyone; the others only with 0.
  std::vector<std::uint32_t> sequence = {1, 0, 2, CooccurrenceGraph::kNoNode, 3, 0, 4};
  CooccurrenceGraph graph(5, sequence, 2);
  std::vector<double> score = graph.rank({});
  for (std::size_t i = 1; i < 5; ++i) EXPECT_GT(score[0], score[i]);
  EXPECT_NEAR(score[1], score[4], 1e-9);
}

TEST(TextRank, StopsWhenScoresConvergeNotAfterAFixedCount) {
  std::vector<std::uint32_t> sequence = {0, 1, 2, 0, 1, 3, 2, 0};
  CooccurrenceGraph graph(4, sequence, 3);
  int loose = 0, tight = 0;
  std::vector<double> a = graph.rank({.tolerance = 1e-2}, &loose);
  std::vector<double> b = graph.rank({.tolerance = 1e-10}, &tight);
  EXPECT_LT(loose, tight);
  EXPECT_LT(tight, 200);
  // PageRank with (1 - d) teleport keeps the mean score at 1 on a graph without isolated nodes.
  EXPECT_NEAR(std::accumulate(b.begin(), b.end(), 0.0) / 4, 1.0, 1e-6);
}

TEST(TextRank, BreakMarkerStopsEdges) {
  std::vector<std::uint32_t> sequence = {0, CooccurrenceGraph::kNoNode, 1};
  CooccurrenceGraph graph(2, sequence, 5);
  std::vector<double> score = graph.rank({});
  EXPECT_NEAR(score[0], 0.15, 1e-9);  // no neighbours: only the teleport share
}

}  // namespace
}  // namespace zz::extract
