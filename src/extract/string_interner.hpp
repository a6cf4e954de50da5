// StringInterner: numbers the distinct substrings of one text 0, 1, 2, ... in order of first
// sight, the first step of keyword extraction for every token of a report.
#pragma once

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <utility>
#include <vector>

#include "flat_map.hpp"  // hash_bytes

namespace zz::extract {

/// Most tokens are one to two Han characters (3 to 6 bytes), so a slot holds a token's first 8
/// bytes and its length: most look-ups compare two integers and never touch the text, and most
/// hashes are one multiply. The table of a report's few thousand words stays in the L1/L2 cache.
class StringInterner {
 public:
  /// Interns substrings of `text`, which must outlive the interner.
  explicit StringInterner(std::string_view text, std::size_t expected = 16) : text_(text) {
    rehash(capacity_for(expected));
  }

  /// The id of text[begin, end), and whether it is new (then its id is size() - 1).
  std::pair<std::uint32_t, bool> intern(std::uint32_t begin, std::uint32_t end) {
    if (2 * (size_ + 1) > slots_.size()) rehash(2 * slots_.size());
    Slot key{prefix(begin, end), begin, end - begin, 0};
    std::size_t mask = slots_.size() - 1;
    for (std::size_t i = hash(key) & mask;; i = (i + 1) & mask) {
      Slot& slot = slots_[i];
      if (slot.length == kEmpty) {
        slot = key;
        slot.id = size_++;
        return {slot.id, true};
      }
      if (slot.prefix == key.prefix && slot.length == key.length &&
          (key.length <= 8 ||
           std::memcmp(text_.data() + slot.begin + 8, text_.data() + begin + 8, key.length - 8) == 0)) {
        return {slot.id, false};
      }
    }
  }

  std::size_t size() const { return size_; }

 private:
  static constexpr std::uint32_t kEmpty = 0xFFFFFFFFu;
  struct Slot {
    std::uint64_t prefix = 0;  // the first (up to) 8 bytes, zero-padded
    std::uint32_t begin = 0;
    std::uint32_t length = kEmpty;
    std::uint32_t id = 0;
  };

  std::uint64_t prefix(std::uint32_t begin, std::uint32_t end) const {
    std::uint64_t word = 0;
    std::size_t length = std::min<std::size_t>(end - begin, 8);
    if (begin + 8 <= text_.size()) {  // one load, the bytes past the token masked off
      std::memcpy(&word, text_.data() + begin, 8);
      if (length < 8) word &= ~std::uint64_t{0} >> (8 * (8 - length));
    } else {
      std::memcpy(&word, text_.data() + begin, length);
    }
    return word;
  }

  std::uint64_t hash(const Slot& key) const {
    std::uint64_t h = (key.prefix ^ key.length * 0x9E3779B97F4A7C15ull) * 0xBF58476D1CE4E5B9ull;
    if (key.length > 8) h ^= hash_bytes(text_.substr(key.begin + 8, key.length - 8));
    return h ^ (h >> 31);
  }

  static std::size_t capacity_for(std::size_t expected) {
    std::size_t capacity = 16;
    while (capacity < 2 * expected) capacity *= 2;
    return capacity;
  }

  void rehash(std::size_t capacity) {
    std::vector<Slot> old(capacity);
    old.swap(slots_);
    std::size_t mask = slots_.size() - 1;
    for (const Slot& slot : old) {
      if (slot.length == kEmpty) continue;
      std::size_t i = hash(slot) & mask;
      while (slots_[i].length != kEmpty) i = (i + 1) & mask;
      slots_[i] = slot;
    }
  }

  std::string_view text_;
  std::vector<Slot> slots_;
  std::uint32_t size_ = 0;
};

}  // namespace zz::extract
