// ICU's built-in Chinese/Japanese dictionary (cjdict, the one its BreakIterator uses), read as a
// word list. Private to zz_segment.
#pragma once

#include <string>
#include <vector>

namespace zz::segment::detail {

struct IcuWord {
  std::u32string word;
  int cost = 0;  ///< ICU's cost: lower is more frequent (the log scale is calibrated by the caller)
  bool folded = false;  ///< the simplified form of a traditional word, which cjdict lacks
};

/// The words of ICU's cjdict made only of Han characters, with the simplified form of each
/// traditional word that it lacks (縣委 → 县委, at 縣委's cost), sorted by word.
/// Throws zz::Error(internal) when ICU's data has no such dictionary.
std::vector<IcuWord> icu_dictionary_words();

}  // namespace zz::segment::detail
