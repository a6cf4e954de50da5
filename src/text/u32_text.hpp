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
  return utf8::code_points(s);
}

inline std::string to_utf8(std::u32string_view s) { return utf8::encode(s); }

}  // namespace zz::text
