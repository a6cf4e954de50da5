// UTF-32 copies of short UTF-8 strings (a title, a front-matter line), for rules that look at
// characters by index; the text itself stays UTF-8.
#pragma once

#include <string>
#include <string_view>

#include "zzreport/text/utf8.hpp"

namespace zz::text {

/// Decodes `s`, which callers may have cut at a byte count: a truncated last sequence is dropped.
inline std::u32string to_u32(std::string_view s) {
  if (!s.empty()) {
    std::size_t lead = s.size() - 1;
    while (lead > 0 && utf8::is_continuation(static_cast<unsigned char>(s[lead]))) --lead;
    auto c = static_cast<unsigned char>(s[lead]);
    std::size_t need = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (lead + need > s.size()) s = s.substr(0, lead);
  }
  std::u32string out;
  for (std::size_t i = 0; i < s.size();) out += utf8::next_code_point(s, i);
  return out;
}

inline std::string to_utf8(std::u32string_view s) {
  std::string out;
  for (char32_t c : s) utf8::append_utf8(out, c);
  return out;
}

}  // namespace zz::text
