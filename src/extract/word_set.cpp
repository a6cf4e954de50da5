// WordSet: words grouped by their first one or two code points for a one-pass search.
#include "word_set.hpp"

#include <algorithm>

namespace zz::extract {

WordSet::WordSet(std::span<const std::string_view> words)
    : words_(words), one_(std::size_t{1} << kOneBits), two_(std::size_t{1} << kTwoBits) {
  // Each word's bucket: ~0u for an empty word (never matched), the one-code-point buckets after
  // the two-code-point ones.
  std::vector<std::uint32_t> bucket(words.size(), ~0u);
  for (std::uint32_t k = 0; k < words.size(); ++k) {
    std::string_view w = words[k];
    if (w.empty()) continue;
    std::size_t i = 0;
    std::uint32_t first = code_point_key(w, i);
    bucket[k] = i < w.size() ? two_bucket(first, code_point_key(w, i))
                             : static_cast<std::uint32_t>(two_.size()) + one_bucket(first);
  }
  for (std::uint32_t k = 0; k < words.size(); ++k) {
    if (bucket[k] != ~0u) order_.push_back(k);
  }
  std::stable_sort(order_.begin(), order_.end(), [&](std::uint32_t a, std::uint32_t b) {
    if (bucket[a] != bucket[b]) return bucket[a] < bucket[b];
    return words[a].size() > words[b].size();
  });
  for (std::uint32_t k = 0; k < order_.size(); ++k) {
    std::uint32_t at = bucket[order_[k]];
    Bucket& b = at < two_.size() ? two_[at] : one_[at - two_.size()];
    if (b.end == 0) b.begin = k;
    b.end = k + 1;
  }
}

}  // namespace zz::extract
