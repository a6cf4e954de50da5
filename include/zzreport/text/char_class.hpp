// Character classes of Chinese text (Han, CJK punctuation, spaces), shared by the clean-up and
// structure rules of zz_text and by the later stages: is_han() is the one definition of a Han
// character in zzreport.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>

namespace zz::text {

/// A quick test for a small set of characters (numerals, the first characters of region names, the
/// last characters of suffixes), keyed by their code point or by any other 32-bit key of a
/// character (its UTF-8 bytes as one integer) and filtered by the key's low 12 bits. A character
/// whose bit no member shares, most of them for a set of a few hundred, is told no by one load and
/// one bit test, which a hot loop predicts well where a switch or a binary search over the set
/// mispredicts. may_contain() can be true of a key outside the set: the caller then asks the exact
/// question.
class CharFilter {
 public:
  constexpr void add(std::uint32_t key) {
    bits_[key % kBits / 64] |= std::uint64_t{1} << (key % 64);
  }
  constexpr bool may_contain(std::uint32_t key) const {
    return (bits_[key % kBits / 64] >> (key % 64) & 1) != 0;
  }

 private:
  static constexpr std::size_t kBits = 4096;
  std::array<std::uint64_t, kBits / 64> bits_{};
};

/// Han ideographs: the unified blocks, extension A, compatibility ideographs and the supplementary
/// planes' extensions, plus 〇 (U+3007, used as a numeral: 二〇一二年).
constexpr bool is_han(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3134F) || c == 0x3007;
}

/// Spaces of every width found in reports: ASCII, tab, no-break, the typographic spaces and the
/// ideographic space (U+3000, paragraph indentation in GBK files).
constexpr bool is_space(char32_t c) {
  return c == U' ' || c == U'\t' || c == 0xA0 || (c >= 0x2000 && c <= 0x200B) || c == 0x3000 ||
         c == 0xFEFF || c == 0x202F;
}

/// Full-width and CJK punctuation, brackets and quotation marks (。，、；：！？（）《》“”‘’…—).
constexpr bool is_cjk_punct(char32_t c) {
  return (c >= 0x3001 && c <= 0x3006) || (c >= 0x3008 && c <= 0x301F) ||
         (c >= 0xFF01 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20) ||
         (c >= 0xFF3B && c <= 0xFF40) || (c >= 0xFF5B && c <= 0xFF65) ||
         (c >= 0x2018 && c <= 0x201F) || c == 0x2026 || c == 0x2014 || c == 0x2015 || c == 0x00B7 ||
         c == 0x30FB;
}

/// Characters of Chinese prose: Han or CJK punctuation.
constexpr bool is_cjk(char32_t c) { return is_han(c) || is_cjk_punct(c); }

constexpr bool is_ascii_digit(char32_t c) { return c >= U'0' && c <= U'9'; }
constexpr bool is_ascii_letter(char32_t c) { return (c | 0x20) >= U'a' && (c | 0x20) <= U'z'; }
constexpr bool is_ascii_alnum(char32_t c) { return is_ascii_digit(c) || is_ascii_letter(c); }

/// Punctuation that ends a sentence: 。！？； … and their ASCII forms.
constexpr bool is_sentence_end(char32_t c) {
  return c == U'。' || c == U'！' || c == U'？' || c == U'；' || c == U'…' || c == U'!' ||
         c == U'?' || c == U';';
}

/// Closing quotation marks and brackets that may follow a sentence end (。” / ！）).
constexpr bool is_closing(char32_t c) {
  return c == U'”' || c == U'’' || c == U'）' || c == U')' || c == U'》' || c == U'」' ||
         c == U'』' || c == U'】' || c == U'〕';
}

}  // namespace zz::text
