// OffsetMap: run-length map from normalised byte offsets to original code points.
#include "zzreport/text/offset_map.hpp"

#include <algorithm>
#include <cassert>

#include "zzreport/text/utf8.hpp"

namespace zz::text {

void OffsetMap::push(std::uint32_t norm_byte, std::uint32_t orig_cp) {
  bool continues = !runs_.empty() && orig_cp == last_orig_ + 1 && run_length_ < kRunLimit;
  if (continues) {
    ++run_length_;
  } else {
    runs_.push_back({norm_byte, orig_cp});
    run_length_ = 1;
  }
  last_orig_ = orig_cp;
}

void OffsetMap::finish(std::uint32_t norm_bytes, std::uint32_t orig_cps) {
  norm_end_ = norm_bytes;
  orig_end_ = orig_cps;
}

std::uint32_t OffsetMap::original_cp(std::string_view normalized, std::uint32_t norm_byte) const {
  if (norm_byte >= norm_end_ || runs_.empty()) return orig_end_;
  auto after = std::upper_bound(runs_.begin(), runs_.end(), norm_byte,
                                [](std::uint32_t b, const Run& r) { return b < r.norm_byte; });
  assert(after != runs_.begin());
  const Run& run = *(after - 1);
  // Within a run each normalised code point stands for the next original one.
  return run.orig_cp +
         utf8::count_code_points(normalized.substr(run.norm_byte, norm_byte - run.norm_byte));
}

Span OffsetMap::original_span(std::string_view normalized, std::uint32_t begin,
                              std::uint32_t end) const {
  if (begin >= end) {
    std::uint32_t at = original_cp(normalized, begin);
    return {at, at};
  }
  std::uint32_t last = utf8::previous_boundary(normalized, end);
  return {original_cp(normalized, begin), original_cp(normalized, last) + 1};
}

}  // namespace zz::text
