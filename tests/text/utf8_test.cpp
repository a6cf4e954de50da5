// Tests of the UTF-8 helpers: find_invalid_utf8() against a decoder that checks each code point.
#include "zzreport/text/utf8.hpp"

#include <gtest/gtest.h>

#include <string>

namespace zz::text::utf8 {
namespace {

/// The reference: decode each sequence and check its length, overlongs, surrogates and range.
std::size_t reference(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    auto c = static_cast<unsigned char>(s[i]);
    std::size_t len = c < 0x80                 ? 1
                      : c >= 0xC2 && c <= 0xDF ? 2
                      : c >= 0xE0 && c <= 0xEF ? 3
                      : c >= 0xF0 && c <= 0xF4 ? 4
                                               : 0;
    if (len == 0 || i + len > s.size()) return i;
    for (std::size_t k = 1; k < len; ++k)
      if (!is_continuation(static_cast<unsigned char>(s[i + k]))) return i;
    std::size_t j = i;
    char32_t cp = next_code_point(s, j);
    char32_t min = len == 1 ? 0 : len == 2 ? 0x80 : len == 3 ? 0x800 : 0x10000;
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return i;
    i = j;
  }
  return s.size();
}

TEST(Utf8, FindInvalidAgreesWithADecoderOnEveryShortSequence) {
  // Every sequence of one or two bytes, and every three-byte sequence whose last byte is one of a
  // few representatives, each after an ASCII prefix long enough for the eight-byte fast path.
  const std::string prefix = "abcdefghi";
  for (int a = 0; a < 256; ++a) {
    for (int b = 0; b < 256; ++b) {
      std::string two = prefix + static_cast<char>(a) + static_cast<char>(b);
      ASSERT_EQ(find_invalid_utf8(two), reference(two)) << a << " " << b;
      for (int c : {0x00, 0x41, 0x80, 0x8F, 0x90, 0xBF, 0xC0, 0xFF}) {
        std::string three = two + static_cast<char>(c);
        ASSERT_EQ(find_invalid_utf8(three), reference(three)) << a << " " << b << " " << c;
        std::string four = three + "\x80";
        ASSERT_EQ(find_invalid_utf8(four), reference(four)) << a << " " << b << " " << c;
      }
    }
  }
}

TEST(Utf8, FindInvalidPointsAtTheFirstBadByte) {
  EXPECT_EQ(find_invalid_utf8("力争到2025年"), std::string_view("力争到2025年").size());
  EXPECT_EQ(find_invalid_utf8("0123456789abcdef\xFF"), 16u);
  EXPECT_EQ(find_invalid_utf8("确保\xE5\x8A"), 6u);      // truncated at the end
  EXPECT_EQ(find_invalid_utf8("\xED\xA0\x80"), 0u);      // a surrogate
  EXPECT_EQ(find_invalid_utf8("\xF4\x90\x80\x80"), 0u);  // above U+10FFFF
  EXPECT_EQ(find_invalid_utf8("\xE0\x80\xB0"), 0u);      // overlong
  EXPECT_EQ(find_invalid_utf8("\xF0\x9F\x98\x80"), 4u);  // U+1F600
}

}  // namespace
}  // namespace zz::text::utf8
