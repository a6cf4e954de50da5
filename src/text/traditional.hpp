// Traditional characters folded to simplified for analysis (ICU Hant-Hans, as a table), one
// character at a time so that the offset map stays one to one; the original keeps them for quotes.
#pragma once

#include <vector>

#include "char_line.hpp"
#include "zzreport/text/span.hpp"

namespace zz::text {

/// True for a character that ICU's Hant-Hans transliterator changes and that is not a character
/// of simplified text (GB2312, proper-name characters); see scripts/gen-traditional-set.cpp.
/// A table look-up: deciding whether a document needs the transliterator costs nothing.
bool is_traditional(char32_t c);

/// Folds the traditional characters of one document, by the generated table (what ICU's Hant-Hans
/// transliterator makes of each; see scripts/gen-traditional-set.cpp).
class TraditionalFolder {
 public:
  /// The simplified form of a traditional character; any other character unchanged.
  char32_t fold(char32_t c);

  /// Folds the line's traditional characters and appends their original spans (adjacent ones
  /// merged) to `folded`.
  void fold_line(CharLine& line, std::vector<Span>& folded);
};

}  // namespace zz::text
