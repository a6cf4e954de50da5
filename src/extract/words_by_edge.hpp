// WordsByEdge: the words of a list grouped by their first or last code point, longest first in
// each group, so that a rule matching words at one end of a phrase (the leads and tails of an
// indicator, the comparators before a number) tries the few that can match there instead of
// every word of its list.
#pragma once

#include <algorithm>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "zzreport/text/utf8.hpp"

namespace zz::extract {

class WordsByEdge {
 public:
  enum class Edge : unsigned char { first, last };

  WordsByEdge() = default;

  /// Indexes `words` by their first or last code point; within a group longest first, words of
  /// one length in list order.
  WordsByEdge(std::span<const std::string_view> words, Edge edge) {
    for (std::uint32_t k = 0; k < words.size(); ++k) {
      if (!words[k].empty()) entries_.push_back({edge_of(words[k], edge), words[k].size(), k});
    }
    std::stable_sort(entries_.begin(), entries_.end(), [](const Entry& a, const Entry& b) {
      return a.edge != b.edge ? a.edge < b.edge : a.size > b.size;
    });
    for (const Entry& e : entries_) indices_.push_back(e.index);
  }

  /// The indices (into the list indexed) of the words whose first or last code point is `cp`,
  /// longest first.
  std::span<const std::uint32_t> with(char32_t cp) const {
    auto lo = std::lower_bound(entries_.begin(), entries_.end(), cp,
                               [](const Entry& e, char32_t c) { return e.edge < c; });
    auto hi = std::upper_bound(lo, entries_.end(), cp,
                               [](char32_t c, const Entry& e) { return c < e.edge; });
    return std::span<const std::uint32_t>(indices_).subspan(
        static_cast<std::size_t>(lo - entries_.begin()), static_cast<std::size_t>(hi - lo));
  }

 private:
  struct Entry {
    char32_t edge;
    std::size_t size;
    std::uint32_t index;
  };

  static char32_t edge_of(std::string_view w, Edge edge) {
    std::size_t i = edge == Edge::first
                        ? 0
                        : text::utf8::previous_boundary(w, static_cast<std::uint32_t>(w.size()));
    return text::utf8::next_code_point(w, i);
  }

  std::vector<Entry> entries_;          // by edge code point, then longest first
  std::vector<std::uint32_t> indices_;  // the indices of entries_, in the same order
};

}  // namespace zz::extract
