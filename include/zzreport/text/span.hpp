// Span: a half-open range of Unicode code points in the decoded ORIGINAL text, the one position
// type that every extracted item carries (see docs/json.md), so that Python's text[begin:end] is
// the quote.
#pragma once

#include <cstdint>

namespace zz {

struct Span {
  std::uint32_t begin = 0;  ///< first code point
  std::uint32_t end = 0;    ///< one past the last code point

  std::uint32_t size() const noexcept { return end - begin; }
  bool empty() const noexcept { return begin == end; }
  friend bool operator==(const Span&, const Span&) = default;
};

}  // namespace zz
