// StringInterner: numbers the distinct substrings of one text 0, 1, 2, ... in order of first
// sight, the first step of keyword extraction for every token of a report.
#pragma once

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "word_key.hpp"

namespace zz::extract {

/// A slot holds a token's word_key(): most look-ups compare one integer and never read the text.
/// The table of a report's few thousand words (16 bytes a slot) stays in the L2 cache.
class StringInterner {
 public:
  /// Interns substrings of `text`, which must outlive the interner.
  explicit StringInterner(std::string_view text, std::size_t expected = 16) : text_(text) {
    rehash(capacity_for(expected));
    begins_.reserve(expected);
  }

  /// The id of text[begin, end), and whether it is new (then its id is size() - 1).
  std::pair<std::uint32_t, bool> intern(std::uint32_t begin, std::uint32_t end) {
    if (2 * (begins_.size() + 1) > slots_.size()) rehash(2 * slots_.size());
    std::string_view word(text_.data() + begin, end - begin);
    std::uint64_t key = word_key(word);
    std::size_t mask = slots_.size() - 1;
    for (std::size_t i = word_hash(key, word) & mask;; i = (i + 1) & mask) {
      Slot& slot = slots_[i];
      if (slot.id == kEmpty) {
        slot = {key, static_cast<std::uint32_t>(begins_.size()), end - begin};
        begins_.push_back(begin);
        return {slot.id, true};
      }
      if (slot.key == key &&
          (word.size() <= kWordKeyBytes || (slot.length == word.size() && same_tail(word, text_.data() + begins_[slot.id])))) {
        return {slot.id, false};
      }
    }
  }

  std::size_t size() const { return begins_.size(); }

 private:
  static constexpr std::uint32_t kEmpty = 0xFFFFFFFFu;
  struct Slot {  // 16 bytes
    std::uint64_t key = 0;
    std::uint32_t id = kEmpty;  // indexes begins_
    std::uint32_t length = 0;   // in bytes
  };

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
      if (slot.id == kEmpty) continue;
      std::size_t i = word_hash(slot.key, text_.substr(begins_[slot.id], slot.length)) & mask;
      while (slots_[i].id != kEmpty) i = (i + 1) & mask;
      slots_[i] = slot;
    }
  }

  std::string_view text_;
  std::vector<Slot> slots_;
  std::vector<std::uint32_t> begins_;  // per id: where its first occurrence begins in text_
};

}  // namespace zz::extract
