// Helpers shared by the fuzz targets: a failed invariant aborts, which libFuzzer reports as a crash
// with the input that caused it.
#pragma once

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "zzreport/text/utf8.hpp"

namespace zz::fuzz {

/// Aborts with a message when `ok` is false (assert() vanishes in Release builds).
inline void check(bool ok, const char* what) {
  if (!ok) {
    std::fprintf(stderr, "fuzz invariant violated: %s\n", what);
    std::abort();
  }
}

inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

inline bool is_valid_utf8(std::string_view s) {
  return text::utf8::find_invalid_utf8(s) == s.size();
}

/// True when `offset` is a code point boundary of valid UTF-8 `s` (or its end).
inline bool is_boundary(std::string_view s, std::size_t offset) {
  return offset == s.size() ||
         (offset < s.size() && !text::utf8::is_continuation(static_cast<unsigned char>(s[offset])));
}

}  // namespace zz::fuzz
