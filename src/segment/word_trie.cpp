// WordTrie construction: breadth-first, so that the children of each node are contiguous and
// sorted.
#include "word_trie.hpp"

#include <bit>
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
        node.bound = keys[i].bound;
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
  top_count_ = top.child_count;
  index_top_level();
  for (std::size_t q = 0; q < queue.size(); ++q) {
    Pending p = queue[q];
    Node parent = nodes_[p.node];
    add_children(p.lo, p.hi, p.depth, parent);
    nodes_[p.node].first_child = parent.first_child;
    nodes_[p.node].child_count = parent.child_count;
  }
}

void WordTrie::index_top_level() {
  roots_.assign(kDirect, kNone);
  for (std::uint32_t i = 0; i < top_count_; ++i) {
    if (labels_[i] < kDirect) roots_[labels_[i]] = i;
  }
  // Astral first characters sort after the BMP ones: they are the tail of the top level.
  auto top_end = labels_.begin() + top_count_;
  auto astral_begin = static_cast<std::uint32_t>(
      std::lower_bound(labels_.begin(), top_end, static_cast<char32_t>(kDirect)) - labels_.begin());
  astral_ = Node{};
  astral_.first_child = astral_begin;
  astral_.child_count = top_count_ - astral_begin;
}

namespace {

constexpr std::size_t kNodeBytes =
    17;  // label, first child, child count, cost (4 bytes each), kind
constexpr unsigned char kBoundBit = 0x80;  // in the kind byte

void put_u32(std::string& out, std::uint32_t v) {
  for (int shift = 0; shift < 32; shift += 8) out += static_cast<char>((v >> shift) & 0xFF);
}

std::uint32_t get_u32(const char* p) {
  std::uint32_t v = 0;
  for (int i = 3; i >= 0; --i) v = (v << 8) | static_cast<unsigned char>(p[i]);
  return v;
}

}  // namespace

void WordTrie::write(std::string& out) const {
  put_u32(out, static_cast<std::uint32_t>(nodes_.size()));
  put_u32(out, top_count_);
  out.reserve(out.size() + nodes_.size() * kNodeBytes);
  for (std::size_t i = 0; i < nodes_.size(); ++i) {
    const Node& n = nodes_[i];
    put_u32(out, static_cast<std::uint32_t>(labels_[i]));
    put_u32(out, n.first_child);
    put_u32(out, n.child_count);
    put_u32(out, std::bit_cast<std::uint32_t>(n.cost));
    out += static_cast<char>(static_cast<unsigned char>(n.kind) | (n.bound ? kBoundBit : 0));
  }
}

bool WordTrie::read(std::string_view& in) {
  nodes_.clear();
  labels_.clear();
  roots_.clear();
  top_count_ = 0;
  if (in.size() < 8) return false;
  std::uint32_t count = get_u32(in.data());
  std::uint32_t top = get_u32(in.data() + 4);
  if (top > count || (in.size() - 8) / kNodeBytes < count) return false;
  nodes_.resize(count);
  labels_.resize(count);
  const char* p = in.data() + 8;
  for (std::uint32_t i = 0; i < count; ++i, p += kNodeBytes) {
    Node& n = nodes_[i];
    labels_[i] = get_u32(p);
    n.first_child = get_u32(p + 4);
    n.child_count = get_u32(p + 8);
    n.cost = std::bit_cast<float>(get_u32(p + 12));
    auto kind = static_cast<unsigned char>(static_cast<unsigned char>(p[16]) & ~kBoundBit);
    n.bound = (static_cast<unsigned char>(p[16]) & kBoundBit) != 0;
    // Children lie after their parent (breadth-first order): no walk can leave the arrays or loop.
    bool children_ok = n.child_count == 0 || (n.first_child > i && n.first_child <= count &&
                                              n.child_count <= count - n.first_child);
    if (kind > static_cast<unsigned char>(WordKind::slogan) || !children_ok ||
        labels_[i] > 0x10FFFF) {
      nodes_.clear();
      labels_.clear();
      return false;
    }
    n.kind = static_cast<WordKind>(kind);
  }
  top_count_ = top;
  index_top_level();
  in.remove_prefix(8 + static_cast<std::size_t>(count) * kNodeBytes);
  return true;
}

WordTrie::Found WordTrie::lookup(std::u32string_view word) const {
  Found found;
  if (word.empty()) return found;
  std::uint32_t node = root(word[0]);
  for (std::size_t len = 1; node != kNone && len < word.size(); ++len)
    node = child(nodes_[node], word[len]);
  if (node != kNone) found = {nodes_[node].cost, nodes_[node].kind, nodes_[node].id};
  return found;
}

}  // namespace zz::segment::detail
