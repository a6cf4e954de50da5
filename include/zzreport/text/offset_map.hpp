// OffsetMap: maps byte offsets of the normalised text back to code points of the original text.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "zzreport/text/span.hpp"

namespace zz::text {

/// Built by appending the normalised text one code point at a time together with the original
/// code point it came from. Stored as runs in which consecutive normalised code points come from
/// consecutive original code points; a run is also cut every kRunLimit code points so that a
/// lookup scans a bounded stretch of text. Memory is a few bytes per run, not per character.
class OffsetMap {
 public:
  static constexpr std::uint32_t kRunLimit = 64;

  /// Records that the next normalised code point, whose UTF-8 encoding starts at `norm_byte`,
  /// comes from original code point `orig_cp`.
  void push(std::uint32_t norm_byte, std::uint32_t orig_cp);

  /// Ends the map: `norm_bytes` is the normalised text's length, `orig_cps` the original's.
  void finish(std::uint32_t norm_bytes, std::uint32_t orig_cps);

  /// Original code point of the normalised code point starting at `norm_byte` (a boundary of
  /// `normalized`, the text this map was built for). `norm_byte == size` gives the original's end.
  std::uint32_t original_cp(std::string_view normalized, std::uint32_t norm_byte) const;

  /// Original span of the normalised byte range [begin, end): from the origin of its first code
  /// point to one past the origin of its last. An empty range gives an empty span.
  Span original_span(std::string_view normalized, std::uint32_t begin, std::uint32_t end) const;

 private:
  struct Run {
    std::uint32_t norm_byte;  // where the run starts in the normalised text
    std::uint32_t orig_cp;    // original code point of its first character
  };
  std::vector<Run> runs_;
  std::uint32_t last_orig_ = 0;
  std::uint32_t run_length_ = 0;
  std::uint32_t norm_end_ = 0;
  std::uint32_t orig_end_ = 0;
};

}  // namespace zz::text
