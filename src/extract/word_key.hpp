// WordKey: a word's first 8 bytes and its length, the key under which the per-document interner
// and the stop-word set compare words. Most words of a report are one or two Han characters (3
// or 6 bytes), whose whole text fits in the key: comparing them compares two integers.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

#include "flat_map.hpp"  // hash_bytes

namespace zz::extract {

struct WordKey {
  std::uint64_t prefix = 0;  ///< the first (up to) 8 bytes, little-endian, zero-padded
  std::uint32_t length = 0;  ///< in bytes
  friend bool operator==(const WordKey&, const WordKey&) = default;
};

/// The key of `word`, read with fixed-size loads (overlapping where the word is shorter than the
/// load) rather than a copy of variable length.
inline WordKey word_key(std::string_view word) noexcept {
  const char* p = word.data();
  std::size_t n = word.size();
  auto byte = [&](std::size_t k) { return std::uint64_t{static_cast<unsigned char>(p[k])}; };
  std::uint64_t prefix = 0;
  if (n >= 8) {
    std::memcpy(&prefix, p, 8);
  } else if (n >= 4) {
    std::uint32_t low, high;
    std::memcpy(&low, p, 4);
    std::memcpy(&high, p + n - 4, 4);
    prefix = std::uint64_t{low} | std::uint64_t{high} << (8 * (n - 4));
  } else if (n > 0) {
    prefix = byte(0) | byte(n / 2) << (8 * (n / 2)) | byte(n - 1) << (8 * (n - 1));
  }
  return {prefix, static_cast<std::uint32_t>(n)};
}

/// A hash of `word`, whose key is `key`: one multiply for a word of up to 8 bytes.
inline std::uint64_t word_hash(const WordKey& key, std::string_view word) noexcept {
  std::uint64_t h = (key.prefix ^ key.length * 0x9E3779B97F4A7C15ull) * 0xBF58476D1CE4E5B9ull;
  if (key.length > 8) h ^= hash_bytes(word.substr(8));
  return h ^ (h >> 31);
}

/// Whether two words with equal keys are equal: only the bytes past the first 8 remain to compare.
inline bool same_tail(std::string_view a, std::string_view b) noexcept {
  return a.size() <= 8 || std::memcmp(a.data() + 8, b.data() + 8, a.size() - 8) == 0;
}

}  // namespace zz::extract
