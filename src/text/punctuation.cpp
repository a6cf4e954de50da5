// fold_punctuation(): decided from the two neighbours of each ASCII mark.
#include "punctuation.hpp"

#include <iterator>  // std::size

#include "zzreport/text/char_class.hpp"

namespace zz::text {
namespace {

char32_t full_width(char32_t c) {
  switch (c) {
    case U',':
      return U'，';
    case U';':
      return U'；';
    case U':':
      return U'：';
    case U'!':
      return U'！';
    case U'?':
      return U'？';
    default:
      return 0;
  }
}

}  // namespace

void fold_punctuation(CharLine& line) {
  const std::size_t n = line.size();
  auto cp_at = [&](std::size_t k) { return k < n ? line[k].cp : U' '; };
  // Open brackets waiting for their partner, so that a pair is folded together or not at all.
  std::size_t open[16];
  std::size_t depth = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const char32_t c = line[i].cp;
    char32_t before = i > 0 ? line[i - 1].cp : U' ';
    char32_t after = cp_at(i + 1);
    if (c == U'(') {
      if (depth < std::size(open)) open[depth++] = i;
      continue;
    }
    if (c == U')') {
      bool fold = is_cjk(before) && !is_ascii_alnum(after);
      fold = fold || (is_han(after) && !is_ascii_letter(before));
      if (depth > 0) {
        std::size_t o = open[--depth];
        char32_t o_before = o > 0 ? line[o - 1].cp : U' ';
        char32_t o_after = cp_at(o + 1);
        fold = fold || (is_cjk(o_after) && !is_ascii_alnum(o_before)) ||
               (is_han(o_before) && !is_ascii_letter(o_after));
        if (fold) line[o].cp = U'（';
      }
      if (fold) line[i].cp = U'）';
      continue;
    }
    char32_t wide = full_width(c);
    if (wide == 0) continue;
    if ((is_cjk(before) && !is_ascii_alnum(after)) || (is_cjk(after) && !is_ascii_alnum(before))) {
      line[i].cp = wide;
    }
  }
  // Unclosed brackets: each decides alone.
  for (std::size_t k = 0; k < depth; ++k) {
    std::size_t o = open[k];
    char32_t o_before = o > 0 ? line[o - 1].cp : U' ';
    char32_t o_after = cp_at(o + 1);
    if ((is_cjk(o_after) && !is_ascii_alnum(o_before)) ||
        (is_han(o_before) && !is_ascii_letter(o_after))) {
      line[o].cp = U'（';
    }
  }
}

}  // namespace zz::text
