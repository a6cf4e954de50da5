// CharLine: one line of text being normalised, as code points that remember their original
// position.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace zz::text {

/// A code point of the normalised text and the original code point it stands for.
struct Char {
  char32_t cp;
  std::uint32_t orig;
};

/// The rules edit a line in place; normalize() reuses one CharLine for every line, so the rules
/// allocate nothing per character.
using CharLine = std::vector<Char>;

/// Removes chars [begin, end) (indices).
inline void erase_chars(CharLine& line, std::size_t begin, std::size_t end) {
  line.erase(line.begin() + static_cast<std::ptrdiff_t>(begin),
             line.begin() + static_cast<std::ptrdiff_t>(end));
}

/// True when chars [at, at + literal.size()) spell `literal`.
inline bool chars_equal(const CharLine& line, std::size_t at, std::u32string_view literal) {
  if (at + literal.size() > line.size()) return false;
  for (std::size_t k = 0; k < literal.size(); ++k) {
    if (line[at + k].cp != literal[k]) return false;
  }
  return true;
}

}  // namespace zz::text
