// WordSet: finds any of a fixed list of words in one pass over UTF-8 text (the cue and verb lists
// of the quantity rules), instead of one search per word.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace zz::extract {

class WordSet {
 public:
  /// `words` must outlive the set (string literals).
  explicit WordSet(std::span<const std::string_view> words);

  /// Calls `f(position, index)` for every occurrence of every word in `text`, in text order
  /// (longer words first at one position). Stops early when `f` returns false.
  template <typename F>
  void for_each(std::string_view text, F&& f) const {
    for (std::uint32_t i = 0; i < text.size(); ++i) {
      auto b = static_cast<unsigned char>(text[i]);
      if ((b & 0xC0) == 0x80) continue;  // inside a code point
      const Bucket& bucket = buckets_[bucket_of(text, i)];
      for (std::uint32_t k = bucket.begin; k < bucket.end; ++k) {
        std::string_view w = words_[order_[k]];
        if (text.compare(i, w.size(), w) == 0 && !f(i, order_[k])) return;
      }
    }
  }

  /// The bucket of the (up to three) bytes of the code point starting at `i`.
  static std::uint32_t bucket_of(std::string_view text, std::size_t i) {
    std::uint32_t key = 0;
    for (std::size_t k = i; k < i + 3 && k < text.size(); ++k) {
      if (k > i && (static_cast<unsigned char>(text[k]) & 0xC0) != 0x80) break;
      key = (key << 8) | static_cast<unsigned char>(text[k]);
    }
    return (key * 2654435761u) >> 23;  // 9 bits
  }

  /// The index of the longest word starting at byte `i` of `text`, or -1.
  int match_at(std::string_view text, std::size_t i) const {
    if (i >= text.size()) return -1;
    const Bucket& bucket = buckets_[bucket_of(text, i)];
    for (std::uint32_t k = bucket.begin; k < bucket.end; ++k) {
      std::string_view w = words_[order_[k]];
      if (text.compare(i, w.size(), w) == 0) return static_cast<int>(order_[k]);
    }
    return -1;
  }

  std::string_view word(std::size_t index) const { return words_[index]; }

 private:
  struct Bucket {
    std::uint32_t begin = 0, end = 0;
  };
  std::span<const std::string_view> words_;
  std::vector<std::uint32_t> order_;  // word indices grouped by first byte, longest first
  Bucket buckets_[512];
};

}  // namespace zz::extract
