// Content units: the tokens keywords are made of, grouped into runs that a phrase may not cross.
// The IDF build and keyword extraction both read text through collect_units(), so that the table's
// keys are exactly the terms extraction looks up.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "zzreport/segment/token.hpp"

namespace zz::extract {

class StopWords;

/// 16 bytes: extraction reads a report's units in several passes.
struct Unit {
  std::uint32_t begin = 0;  // byte range of the token in the normalised text
  std::uint32_t end = 0;
  std::uint32_t id = 0;    // equal ids for equal texts: 0, 1, 2, ... in order of first occurrence
  bool one_char = false;   // a single code point (市, 新, 高)
  bool run_start = false;  // a run ends at punctuation, numbers, spaces and stop words
  bool glued = false;      // a quotation mark stands between this unit and the one before
};

/// The content units of one text.
struct ContentUnits {
  std::vector<Unit> units;
  std::vector<std::uint32_t> id_counts;  // per id: how many units have it
};

/// True for quotation marks, which a phrase may contain (专精特新“小巨人”企业).
bool is_quote_mark(std::string_view token);

/// The units of `tokens` (words, Latin words and slogans that are neither stop words nor numbers),
/// in order, with their texts interned (each text is hashed and looked up once per token, in a
/// table that holds the stop words from the start) and counted.
ContentUnits collect_units(std::string_view text, std::span<const segment::Token> tokens,
                           const StopWords* stop_words);

}  // namespace zz::extract
