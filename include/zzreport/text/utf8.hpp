// Small UTF-8 helpers used by every stage (the text is UTF-8 throughout; see STYLE).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace zz::text::utf8 {

inline bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

/// Code points in valid UTF-8.
inline std::uint32_t count_code_points(std::string_view s) {
  std::uint32_t n = 0;
  for (char c : s) n += !is_continuation(static_cast<unsigned char>(c));
  return n;
}

/// Start of the code point that ends at byte `end` (end > 0).
inline std::uint32_t previous_boundary(std::string_view s, std::uint32_t end) {
  std::uint32_t i = end - 1;
  while (i > 0 && is_continuation(static_cast<unsigned char>(s[i]))) --i;
  return i;
}

/// Decodes the code point at `i` of valid UTF-8 and advances `i` past it.
inline char32_t next_code_point(std::string_view s, std::size_t& i) {
  auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = b(i);
  if (c < 0x80) {
    ++i;
    return c;
  }
  if (c < 0xE0) {
    char32_t cp = ((c & 0x1Fu) << 6) | (b(i + 1) & 0x3Fu);
    i += 2;
    return cp;
  }
  if (c < 0xF0) {
    char32_t cp = ((c & 0x0Fu) << 12) | ((b(i + 1) & 0x3Fu) << 6) | (b(i + 2) & 0x3Fu);
    i += 3;
    return cp;
  }
  char32_t cp = ((c & 0x07u) << 18) | ((b(i + 1) & 0x3Fu) << 12) | ((b(i + 2) & 0x3Fu) << 6) |
                (b(i + 3) & 0x3Fu);
  i += 4;
  return cp;
}

/// Appends the UTF-8 encoding of `cp`.
inline void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

/// The code points of valid UTF-8 `s`, for rules that index characters (a word, a rule's entry).
inline std::u32string code_points(std::string_view s) {
  std::u32string out;
  for (std::size_t i = 0; i < s.size();) out += next_code_point(s, i);
  return out;
}

/// `s` encoded as UTF-8.
inline std::string encode(std::u32string_view s) {
  std::string out;
  for (char32_t cp : s) append_utf8(out, cp);
  return out;
}

/// Offset of the first byte that is not part of valid UTF-8 (overlongs, surrogates and code points
/// above U+10FFFF are invalid), or s.size() when all of `s` is valid.
std::size_t find_invalid_utf8(std::string_view s);

}  // namespace zz::text::utf8
