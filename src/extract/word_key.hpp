// WordKey: a word's first 8 bytes and its length, the key under which the per-document interner
// and the stop-word set compare words. Most words of a report are one or two Han characters (3
// or 6 bytes), whose whole text fits in the key: comparing them compares two integers.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

#include "flat_map.hpp"  // hash_bytes, load_short

namespace zz::extract {

struct WordKey {
  std::uint64_t prefix = 0;  ///< the first (up to) 8 bytes, little-endian, zero-padded
  std::uint32_t length = 0;  ///< in bytes
  friend bool operator==(const WordKey&, const WordKey&) = default;
};

/// The key of `word`, read with fixed-size loads rather than a copy of variable length.
inline WordKey word_key(std::string_view word) noexcept {
  std::uint64_t prefix = 0;
  if (word.size() >= 8) {
    std::memcpy(&prefix, word.data(), 8);
  } else {
    prefix = load_short(word.data(), word.size());
  }
  return {prefix, static_cast<std::uint32_t>(word.size())};
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
