// WordTrie construction: breadth-first, so that the children of each node are contiguous and sorted.
#include "word_trie.hpp"

#include <cstddef>

namespace zz::segment::detail {
namespace {

struct Pending {
  std::uint32_t node;  // the node whose children are keys[lo, hi) at `depth`
  std::size_t lo;
  std::size_t hi;
  std::size_t depth;
};

}  // namespace

void WordTrie::build(const std::vector<Key>& keys) {
  nodes_.clear();
  labels_.clear();
  roots_.assign(kDirect, kNone);
  astral_ = Node{};
  // Creates the child nodes of keys[lo, hi) at `depth` (one per distinct character there) and
  // returns them as the range [first, first + count) of nodes_.
  std::vector<Pending> queue;
  queue.reserve(keys.size() * 3);
  auto add_children = [&](std::size_t lo, std::size_t hi, std::size_t depth, Node& parent) {
    parent.first_child = static_cast<std::uint32_t>(nodes_.size());
    std::size_t i = lo;
    while (i < hi) {
      if (keys[i].code_points.size() <= depth) {
        ++i;
        continue;
      }
      char32_t c = keys[i].code_points[depth];
      std::size_t j = i;
      while (j < hi && keys[j].code_points.size() > depth && keys[j].code_points[depth] == c) ++j;
      auto index = static_cast<std::uint32_t>(nodes_.size());
      Node node;
      if (keys[i].code_points.size() == depth + 1) {
        node.cost = keys[i].cost;
        node.kind = keys[i].kind;
        node.id = keys[i].id;
      }
      nodes_.push_back(node);
      labels_.push_back(c);
      queue.push_back({index, i, j, depth + 1});
      i = j;
    }
    parent.child_count = static_cast<std::uint32_t>(nodes_.size()) - parent.first_child;
  };
  nodes_.reserve(keys.size() * 3);
  labels_.reserve(keys.size() * 3);
  Node top;
  add_children(0, keys.size(), 0, top);
  for (std::uint32_t i = top.first_child; i < top.first_child + top.child_count; ++i) {
    if (labels_[i] < kDirect) roots_[labels_[i]] = i;
  }
  // Astral first characters sort after the BMP ones: they are the tail of the top level.
  auto astral_begin = static_cast<std::uint32_t>(
      std::lower_bound(labels_.begin(), labels_.end(), static_cast<char32_t>(kDirect)) - labels_.begin());
  astral_.first_child = astral_begin;
  astral_.child_count = top.first_child + top.child_count - astral_begin;
  for (std::size_t q = 0; q < queue.size(); ++q) {
    Pending p = queue[q];
    Node parent = nodes_[p.node];
    add_children(p.lo, p.hi, p.depth, parent);
    nodes_[p.node].first_child = parent.first_child;
    nodes_[p.node].child_count = parent.child_count;
  }
}

WordTrie::Found WordTrie::lookup(std::u32string_view word) const {
  Found found;
  if (word.empty()) return found;
  std::uint32_t node = root(word[0]);
  for (std::size_t len = 1; node != kNone && len < word.size(); ++len) node = child(nodes_[node], word[len]);
  if (node != kNone) found = {nodes_[node].cost, nodes_[node].kind, nodes_[node].id};
  return found;
}

}  // namespace zz::segment::detail
