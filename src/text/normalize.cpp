// normalize(): the clean-up rules, applied in one pass that records where each character came from.
#include "zzreport/text/normalize.hpp"

#include "zzreport/text/utf8.hpp"

namespace zz::text {

Normalized normalize(std::string_view original) {
  Normalized out;
  out.text.reserve(original.size());
  std::uint32_t cp_index = 0;
  for (std::size_t i = 0; i < original.size();) {
    char32_t cp = utf8::next_code_point(original, i);
    std::uint32_t here = cp_index++;
    if (cp == U'\r') {
      // CRLF and lone CR become LF.
      if (i < original.size() && original[i] == '\n') continue;
      cp = U'\n';
    } else if (cp >= 0xFF01 && cp <= 0xFF5E) {
      char32_t ascii = cp - 0xFEE0;
      bool alnum = (ascii >= U'0' && ascii <= U'9') || (ascii >= U'A' && ascii <= U'Z') ||
                   (ascii >= U'a' && ascii <= U'z');
      if (alnum) cp = ascii;
    }
    out.map.push(static_cast<std::uint32_t>(out.text.size()), here);
    utf8::append_utf8(out.text, cp);
  }
  out.map.finish(static_cast<std::uint32_t>(out.text.size()), cp_index);
  return out;
}

}  // namespace zz::text
