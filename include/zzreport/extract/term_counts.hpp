// Term counts for trends across an archive: how often each of a list of terms occurs in a
// document's cleaned text (Document::text), optionally only where the segmentation has it as whole
// words, and the number of Han characters the counts are relative to (docs/trends.md).
#pragma once

#include <bitset>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "zzreport/segment/token.hpp"

namespace zz::extract {

/// The terms to count, folded as document text is (traditional characters, full-width letters and
/// digits), so that 改革 and 改革 in any script match the same text. Immutable; safe to share
/// between threads.
class TermCounter {
 public:
  /// Throws zz::Error(usage) for an empty term, or one that is empty once folded, naming it.
  explicit TermCounter(std::vector<std::string> terms);

  /// The terms as given, in order.
  const std::vector<std::string>& terms() const { return given_; }
  /// The terms as folded, in order: what is looked for in the text.
  const std::vector<std::string>& folded() const { return folded_; }

  /// Non-overlapping occurrences of each term in `text`, left to right, in the order of terms().
  std::vector<std::uint32_t> count(std::string_view text) const;

  /// count() and han_characters() of `text` in one pass over it (trend's hot path).
  std::vector<std::uint32_t> count(std::string_view text, std::uint64_t& han_characters) const;

  /// Whole words and phrases: the text is read left to right over `tokens` (the segmentation of
  /// `text`, in order); at each token's start the longest term that ends at a token's end is
  /// counted and its text skipped. So 改革 does not count inside the word 改革者, nor inside
  /// 改革开放 when 改革开放 is also a term, while 改革 + 开放 in two tokens is the phrase 改革开放.
  std::vector<std::uint32_t> count_words(std::string_view text,
                                         std::span<const segment::Token> tokens) const;

 private:
  std::vector<std::string> given_;
  std::vector<std::string> folded_;
  /// The terms' first code points, for one pass over the text: a character not in `first_bits_`
  /// (by its low 16 bits) starts no term, else `first_` lists (code point, term) to compare.
  std::bitset<65536> first_bits_;
  std::vector<std::pair<char32_t, std::size_t>> first_;
};

/// Han characters (code points) in UTF-8 `text`: the denominator of per-10,000 rates.
std::uint64_t han_characters(std::string_view text);

}  // namespace zz::extract
