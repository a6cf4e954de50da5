// is_compound(): whether a discovered n-gram is a phrase made of known words (经济发展) or a known
// word with a free character at an end (服饰等, 及相关). Private to zz_segment.
#pragma once

#include <array>
#include <string_view>

namespace zz::segment::detail {

/// True when `word` can be written as two or more pieces, each a known word of two characters or
/// more (`is_known(piece)`) or, as its first or last piece, one character that is free there
/// (`is_free(cp, last)`, `last` for the last piece: 等, 与, 把, a character that mostly stands
/// alone and joins the n-gram only by accident of frequency: 服饰等 = 服饰 + 等; 下 only last,
/// 领导下).
template <class IsKnown, class IsFree>
bool is_compound(std::u32string_view word, IsKnown&& is_known, IsFree&& is_free) {
  std::array<char, 16> reach{};
  if (word.size() >= reach.size()) return false;
  reach[0] = 1;
  for (std::size_t i = 0; i < word.size(); ++i) {
    if (reach[i] == 0) continue;
    if ((i == 0 && is_free(word[i], false)) || (i + 1 == word.size() && is_free(word[i], true))) {
      reach[i + 1] = 1;
    }
    for (std::size_t j = i + 2; j <= word.size(); ++j) {
      if (i == 0 && j == word.size()) continue;
      if (is_known(word.substr(i, j - i))) reach[j] = 1;
    }
  }
  return reach[word.size()] != 0;
}

}  // namespace zz::segment::detail
