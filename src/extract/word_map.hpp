// WordMap: the distinct words of one text, each with a small value kept beside its key, the table
// keyword extraction looks up for every token of a report.
#pragma once

#include <cstdint>
#include <memory>
#include <string_view>
#include <utility>
#include <vector>

#include "word_key.hpp"

namespace zz::extract {

/// A slot holds a word's word_key() and its value: most look-ups compare one integer, read the
/// value from the same cache line and never read the text. The table of a report's few thousand
/// words stays in the L2 cache. The map keeps pointers to the words, not copies: they must outlive
/// it. `Value` is small and trivially copyable (8 bytes make a 16-byte slot).
template <typename Value>
class WordMap {
 public:
  explicit WordMap(std::size_t expected = 16) { rehash(capacity_for(expected)); }

  /// The value of `word`, value-initialised when the word is new, and whether it is. The reference
  /// is valid until the next insertion.
  std::pair<Value&, bool> try_emplace(std::string_view word) {
    if (word.empty()) {  // the one word whose key is 0, the mark of a free slot
      bool inserted = !has_empty_;
      if (inserted) ++size_;
      has_empty_ = true;
      return {empty_value_, inserted};
    }
    if (2 * (size_ + 1) > slots_.size()) rehash(2 * slots_.size());
    std::uint64_t key = word_key(word);
    std::size_t mask = slots_.size() - 1;
    for (std::size_t i = word_hash(key, word) & mask;; i = (i + 1) & mask) {
      Slot& slot = slots_[i];
      if (slot.key == 0) {
        slot.key = key;
        if (word.size() > kWordKeyBytes) long_words_[i] = {word.data(), word.size()};
        ++size_;
        return {slot.value, true};
      }
      // Equal keys of words shorter than 255 bytes mean equal lengths; only longer ones differ.
      if (slot.key == key &&
          (word.size() <= kWordKeyBytes ||
           (long_words_[i].size == word.size() && same_tail(word, long_words_[i].data)))) {
        return {slot.value, false};
      }
    }
  }

  std::size_t size() const { return size_; }

 private:
  struct Slot {
    std::uint64_t key = 0;  // word_key(); 0: free
    Value value{};
  };
  struct LongWord {  // trivial, so that an array of them can be left uninitialised
    const char* data;
    std::size_t size;
    std::string_view view() const { return {data, size}; }
  };

  static std::size_t capacity_for(std::size_t expected) {
    std::size_t capacity = 16;
    while (capacity < 2 * expected) capacity *= 2;
    return capacity;
  }

  void rehash(std::size_t capacity) {
    std::vector<Slot> old(capacity);
    old.swap(slots_);
    // Written only for the slots of words longer than a key, and read only for those: left
    // uninitialised, so that a new table costs one pass over its slots, not two.
    std::unique_ptr<LongWord[]> old_long = std::make_unique_for_overwrite<LongWord[]>(capacity);
    old_long.swap(long_words_);
    std::size_t mask = slots_.size() - 1;
    for (std::size_t k = 0; k < old.size(); ++k) {
      const Slot& slot = old[k];
      if (slot.key == 0) continue;
      bool long_word = (slot.key >> 56) > kWordKeyBytes;
      std::string_view word = long_word ? old_long[k].view() : std::string_view();
      std::size_t i = word_hash(slot.key, word) & mask;
      while (slots_[i].key != 0) i = (i + 1) & mask;
      slots_[i] = slot;
      if (long_word) long_words_[i] = old_long[k];
    }
  }

  std::vector<Slot> slots_;
  std::unique_ptr<LongWord[]> long_words_;  // per slot: its word, if longer than a key
  std::size_t size_ = 0;
  bool has_empty_ = false;
  Value empty_value_{};
};

}  // namespace zz::extract
