// word_start_at(): the segmenter's word boundary at or before a position.
#include "word_edges.hpp"

#include <vector>

namespace zz::extract {

std::uint32_t word_start_at(const segment::Segmenter& segmenter, std::string_view text,
                            text::ByteRange within, std::uint32_t pos) {
  if (pos <= within.begin || pos >= within.end) return pos;
  std::vector<segment::Token> tokens;
  segmenter.segment(text.substr(within.begin, within.end - within.begin), tokens);
  const std::uint32_t at = pos - within.begin;
  for (const segment::Token& t : tokens) {
    if (t.begin < at && at < t.end) return within.begin + t.begin;
    if (t.begin >= at) break;
  }
  return pos;
}

}  // namespace zz::extract
