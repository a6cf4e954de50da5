// WordSet: words grouped by their first byte for a one-pass search.
#include "zzreport/extract/word_set.hpp"

#include <algorithm>

namespace zz::extract {

WordSet::WordSet(std::span<const std::string_view> words) : words_(words) {
  order_.resize(words.size());
  for (std::uint32_t k = 0; k < order_.size(); ++k) order_[k] = k;
  std::stable_sort(order_.begin(), order_.end(), [&](std::uint32_t a, std::uint32_t b) {
    std::uint32_t fa = words[a].empty() ? 0 : bucket_of(words[a], 0);
    std::uint32_t fb = words[b].empty() ? 0 : bucket_of(words[b], 0);
    if (fa != fb) return fa < fb;
    return words[a].size() > words[b].size();
  });
  for (std::uint32_t k = 0; k < order_.size(); ++k) {
    std::string_view w = words[order_[k]];
    if (w.empty()) continue;
    Bucket& bucket = buckets_[bucket_of(w, 0)];
    if (bucket.end == 0) bucket.begin = k;
    bucket.end = k + 1;
  }
}

}  // namespace zz::extract
