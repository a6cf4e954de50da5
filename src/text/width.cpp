// fold_width(): one code point for another, so the offset map stays one to one.
#include "width.hpp"

#include "zzreport/text/char_class.hpp"

namespace zz::text {

void fold_width(CharLine& line) {
  for (Char& c : line) {
    if (c.cp >= 0xFF01 && c.cp <= 0xFF5E) {
      char32_t ascii = c.cp - 0xFEE0;
      if (is_ascii_alnum(ascii)) c.cp = ascii;
    } else if (is_space(c.cp)) {
      c.cp = U' ';
    }
  }
}

}  // namespace zz::text
