// ICU's built-in Chinese/Japanese dictionary (cjdict, the one its BreakIterator uses), read as a
// word list. Private to zz_segment.
#pragma once

#include <string>
#include <vector>

namespace zz::segment::detail {

struct IcuWord {
  std::u32string word;
  int cost = 0;  ///< ICU's cost: lower is more frequent (the log scale is calibrated by the caller)
};

/// The words of ICU's cjdict made only of Han characters, sorted by word.
/// Throws zz::Error(internal) when ICU's data has no such dictionary.
std::vector<IcuWord> icu_dictionary_words();

}  // namespace zz::segment::detail
