// StringInterner: numbers distinct strings 0, 1, 2, ... in order of first sight, the first step of
// keyword extraction for every token of a report.
#pragma once

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "word_key.hpp"

namespace zz::extract {

/// A slot holds a string's word_key(): most look-ups compare one integer and never read the text.
/// The table of a report's few thousand words (16 bytes a slot) stays in the L2 cache. The interner
/// keeps pointers, not copies: the strings must outlive it.
class StringInterner {
 public:
  explicit StringInterner(std::size_t expected = 16) {
    rehash(capacity_for(expected));
    texts_.reserve(expected);
  }

  /// The id of `word`, and whether it is new (then its id is size() - 1).
  std::pair<std::uint32_t, bool> intern(std::string_view word) {
    if (2 * (texts_.size() + 1) > slots_.size()) rehash(2 * slots_.size());
    std::uint64_t key = word_key(word);
    std::size_t mask = slots_.size() - 1;
    for (std::size_t i = word_hash(key, word) & mask;; i = (i + 1) & mask) {
      Slot& slot = slots_[i];
      if (slot.id == kEmpty) {
        slot = {key, static_cast<std::uint32_t>(texts_.size()),
                static_cast<std::uint32_t>(word.size())};
        texts_.push_back(word.data());
        return {slot.id, true};
      }
      if (slot.key == key && (word.size() <= kWordKeyBytes ||
                              (slot.length == word.size() && same_tail(word, texts_[slot.id])))) {
        return {slot.id, false};
      }
    }
  }

  std::size_t size() const { return texts_.size(); }

 private:
  static constexpr std::uint32_t kEmpty = 0xFFFFFFFFu;
  struct Slot {  // 16 bytes
    std::uint64_t key = 0;
    std::uint32_t id = kEmpty;  // indexes texts_
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
      std::size_t i = word_hash(slot.key, std::string_view(texts_[slot.id], slot.length)) & mask;
      while (slots_[i].id != kEmpty) i = (i + 1) & mask;
      slots_[i] = slot;
    }
  }

  std::vector<Slot> slots_;
  std::vector<const char*> texts_;  // per id: its first occurrence
};

}  // namespace zz::extract
