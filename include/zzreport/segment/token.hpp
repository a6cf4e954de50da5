// Token: one unit of segmented text, as a byte range of the Document's normalised text plus a type.
#pragma once

#include <cstdint>
#include <string_view>

namespace zz::segment {

enum class TokenType : std::uint8_t {
  word,         ///< Han word (or a single Han character)
  number,       ///< a number or quantity: 5000亿元, 70%, 2-3个, 2035年, 一九七七年
  latin,        ///< a Latin/digit word: GDP, 5G, PM2.5
  punctuation,  ///< punctuation and symbols
  slogan,       ///< a numbered slogan or quoted short formulation: 四个全面, 三高四新
  space,        ///< white space, including line breaks
};

/// Lower-case name used in JSON output ("word", "number", ...).
std::string_view to_string(TokenType type);

struct Token {
  std::uint32_t begin = 0;  ///< byte offset into the normalised text
  std::uint32_t end = 0;
  TokenType type = TokenType::word;
};

}  // namespace zz::segment
