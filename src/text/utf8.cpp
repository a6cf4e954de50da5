// UTF-8 validation (the one non-inline helper of zzreport/text/utf8.hpp).
#include "zzreport/text/utf8.hpp"

namespace zz::text::utf8 {

std::size_t find_invalid_utf8(std::string_view s) {
  const std::size_t n = s.size();
  std::size_t i = 0;
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  while (i < n) {
    unsigned char c = byte(i);
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t len;
    char32_t min;
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2, min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3, min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4, min = 0x10000;
    } else {
      return i;
    }
    if (i + len > n) return i;
    for (std::size_t k = 1; k < len; ++k) {
      if (!is_continuation(byte(i + k))) return i;
    }
    std::size_t j = i;
    char32_t cp = next_code_point(s, j);
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return i;
    i = j;
  }
  return n;
}

}  // namespace zz::text::utf8
