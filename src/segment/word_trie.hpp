// WordTrie: prefix matching of lexicon words over code points, in flat arrays (a direct table for
// the first character, sorted contiguous children below it). Private to zz_segment.
#pragma once

#include <algorithm>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

namespace zz::segment::detail {

/// What a word of the trie is, beyond its cost.
enum class WordKind : std::uint8_t { none, word, slogan };

class WordTrie {
 public:
  struct Key {
    std::u32string_view code_points;  ///< must stay valid during build()
    float cost = 0;
    WordKind kind = WordKind::word;
    std::uint32_t id = 0;  ///< returned by lookup(), e.g. an index into the caller's word list
    bool bound = false;    ///< a one-character word that rarely stands alone (see is_bound())
  };

  struct Found {
    float cost = 0;
    WordKind kind = WordKind::none;
    std::uint32_t id = 0;
  };

  /// Builds the trie from keys sorted by code points, without duplicates.
  void build(const std::vector<Key>& keys);

  /// Calls f(length, cost, kind) for every word that is a prefix of cps[0, n), shortest first.
  template <class F>
  void for_each_prefix(const char32_t* cps, std::size_t n, F&& f) const {
    if (n == 0) return;
    std::uint32_t node = root(cps[0]);
    for (std::size_t len = 1; node != kNone; ++len) {
      const Node& nd = nodes_[node];
      if (nd.kind != WordKind::none) f(len, nd.cost, nd.kind);
      if (len == n || nd.child_count == 0) break;
      node = child(nd, cps[len]);
    }
  }

  /// True when `cp` is a one-character word of the trie marked bound: a character that is mostly
  /// part of longer words (克, 林, 顿), so that a run of such characters is taken for an unknown
  /// word.
  bool is_bound(char32_t cp) const {
    std::uint32_t node = root(cp);
    return node != kNone && nodes_[node].bound;
  }

  /// The word `word` exactly, or kind none.
  Found lookup(std::u32string_view word) const;

  bool empty() const { return nodes_.empty(); }

  /// Appends the trie in a portable binary form (little-endian, ids dropped) to `out`.
  void write(std::string& out) const;

  /// Replaces the trie by the one write() wrote at the front of `in`, and consumes it. Returns
  /// false (trie left empty) when the bytes are truncated or inconsistent; never reads out of
  /// range.
  bool read(std::string_view& in);

 private:
  static constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();
  static constexpr std::uint32_t kDirect = 0x10000;  // first characters in the BMP: a direct table

  struct Node {
    std::uint32_t first_child = 0;
    std::uint32_t child_count = 0;
    float cost = 0;
    WordKind kind = WordKind::none;
    bool bound = false;
    std::uint32_t id = 0;
  };

  void index_top_level();  // roots_ and astral_ from nodes_[0, top_count_)

  std::uint32_t root(char32_t cp) const {
    if (cp < kDirect) return roots_.empty() ? kNone : roots_[cp];
    return child(astral_, cp);
  }

  std::uint32_t child(const Node& parent, char32_t cp) const {
    const char32_t* first = labels_.data() + parent.first_child;
    const char32_t* last = first + parent.child_count;
    const char32_t* it = std::lower_bound(first, last, cp);
    return it != last && *it == cp ? static_cast<std::uint32_t>(it - labels_.data()) : kNone;
  }

  std::vector<Node> nodes_;
  std::vector<char32_t> labels_;      // labels_[i]: the character leading to nodes_[i]
  std::vector<std::uint32_t> roots_;  // first character (BMP) -> node
  std::uint32_t top_count_ = 0;       // nodes_[0, top_count_) are the first characters
  Node astral_;                       // pseudo-node whose children are the astral first characters
};

}  // namespace zz::segment::detail
