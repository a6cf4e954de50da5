// WordKey: a word's first 7 bytes and its length in one integer, the key under which the
// per-document interner, the stop-word set and the IDF table compare words. Most words of a
// report are one or two Han characters (3 or 6 bytes), whose key is the whole word: comparing
// two of them compares two integers and reads no text.
#pragma once

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "flat_map.hpp"  // hash_bytes, load_short

namespace zz::extract {

/// Bytes of a word that its key holds.
inline constexpr std::size_t kWordKeyBytes = 7;

/// The first kWordKeyBytes bytes of `word` (little-endian, zero-padded) and, in the top byte, its
/// length (255 for any longer word). Equal keys mean equal words when the word is at most
/// kWordKeyBytes long, and equal lengths when it is shorter than 255 bytes.
inline std::uint64_t word_key(std::string_view word) noexcept {
  std::uint64_t head = 0;
  if (word.size() >= 8) {
    std::memcpy(&head, word.data(), 8);
    head &= 0x00FF'FFFF'FFFF'FFFFull;
  } else {
    head = load_short(word.data(), std::min(word.size(), kWordKeyBytes));
  }
  return head | std::uint64_t{std::min<std::size_t>(word.size(), 255)} << 56;
}

/// A hash of `word`, whose key is `key`: one multiply for a word of up to kWordKeyBytes bytes.
inline std::uint64_t word_hash(std::uint64_t key, std::string_view word) noexcept {
  std::uint64_t h = key * 0xBF58476D1CE4E5B9ull;
  if (word.size() > kWordKeyBytes) h ^= hash_bytes(word.substr(kWordKeyBytes));
  return h ^ (h >> 31);
}

/// Whether `word` equals the `stored` text of the same key and the same length: only the bytes
/// past the key remain to compare.
inline bool same_tail(std::string_view word, const char* stored) noexcept {
  return word.size() <= kWordKeyBytes ||
         std::memcmp(word.data() + kWordKeyBytes, stored + kWordKeyBytes,
                     word.size() - kWordKeyBytes) == 0;
}

}  // namespace zz::extract
