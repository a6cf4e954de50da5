// Test helper: a CharLine from UTF-8 (original positions 0, 1, 2, ...) and back.
#pragma once

#include <string>
#include <string_view>

#include "char_line.hpp"
#include "zzreport/text/utf8.hpp"

namespace zz::text::test {

inline CharLine to_line(std::string_view s) {
  CharLine line;
  std::uint32_t k = 0;
  for (std::size_t i = 0; i < s.size();) line.push_back({utf8::next_code_point(s, i), k++});
  return line;
}

inline std::string to_utf8(const CharLine& line) {
  std::string out;
  for (const Char& c : line) utf8::append_utf8(out, c.cp);
  return out;
}

}  // namespace zz::text::test
