// WordSet: finds any of a fixed list of words in one pass over UTF-8 text (the cue and verb lists
// of the quantity rules, a document's numbered formulations), instead of one search per word.
// Words are bucketed by their first two code points: by the first alone, the 2,000 formulations of
// a long file (三个代表, 三严三实, ...) made every 三 of the text compare hundreds of words.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <utility>
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
      auto [two, one] = buckets_at(text, i);
      for (const Bucket* bucket : {two, one}) {
        for (std::uint32_t k = bucket->begin; k < bucket->end; ++k) {
          std::string_view w = words_[order_[k]];
          if (text.compare(i, w.size(), w) == 0 && !f(i, order_[k])) return;
        }
      }
    }
  }

  /// The index of the longest word starting at byte `i` of `text`, or -1.
  int match_at(std::string_view text, std::size_t i) const {
    if (i >= text.size()) return -1;
    auto [two, one] = buckets_at(text, i);
    for (const Bucket* bucket : {two, one}) {
      for (std::uint32_t k = bucket->begin; k < bucket->end; ++k) {
        std::string_view w = words_[order_[k]];
        if (text.compare(i, w.size(), w) == 0) return static_cast<int>(order_[k]);
      }
    }
    return -1;
  }

 private:
  struct Bucket {
    std::uint32_t begin = 0, end = 0;  // a range of order_
  };
  static constexpr int kOneBits = 9;   // words of one code point, by that code point
  static constexpr int kTwoBits = 12;  // longer words, by their first two code points

  /// The bytes of the code point at `i` (0 past the end) packed into an integer; advances `i`.
  static std::uint32_t code_point_key(std::string_view text, std::size_t& i) {
    std::uint32_t key = 0;
    for (std::size_t k = i; k < i + 4 && k < text.size(); ++k) {
      if (k > i && (static_cast<unsigned char>(text[k]) & 0xC0) != 0x80) break;
      key = (key << 8) | static_cast<unsigned char>(text[k]);
    }
    do {
      ++i;
    } while (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80);
    return key;
  }
  static std::uint32_t one_bucket(std::uint32_t first) {
    return (first * 2654435761u) >> (32 - kOneBits);
  }
  static std::uint32_t two_bucket(std::uint32_t first, std::uint32_t second) {
    return ((first * 0x9E3779B1u ^ second) * 2654435761u) >> (32 - kTwoBits);
  }

  /// The buckets of the words that may start at `i`: those of two or more code points (all longer
  /// than any word of one code point there), then those of one.
  std::pair<const Bucket*, const Bucket*> buckets_at(std::string_view text, std::size_t i) const {
    std::uint32_t first = code_point_key(text, i);
    std::uint32_t second = i < text.size() ? code_point_key(text, i) : 0;
    return {&two_[two_bucket(first, second)], &one_[one_bucket(first)]};
  }

  std::span<const std::string_view> words_;
  std::vector<std::uint32_t> order_;  // word indices grouped by bucket, longest first in each
  std::vector<Bucket> one_, two_;
};

}  // namespace zz::extract
