// Clauses: code-point navigation over UTF-8 text and the clause (comma-delimited part of a
// sentence) and list item (、-delimited part of a clause) around a position, for the quantity
// rules.
#pragma once

#include <cstdint>
#include <string_view>

#include "zzreport/text/document.hpp"

namespace zz::extract {

/// The code point starting at byte `i` of valid UTF-8 (0 at or past the end); its length in `len`.
char32_t code_point_at(std::string_view text, std::uint32_t i, std::uint32_t* len = nullptr);

/// The code point ending at byte `i` (0 at the start); its first byte in `start`.
char32_t code_point_before(std::string_view text, std::uint32_t i, std::uint32_t* start = nullptr);

/// Ends a clause: ，,；;：:。！？!? and line breaks.
bool is_clause_break(char32_t cp);

/// How far a clause reaches.
enum class ClauseLevel : unsigned char {
  sentence,   ///< to 。！？；
  clause,     ///< to any clause break
  list_item,  ///< also to 、
};

/// The part of `within` around [begin, end) that contains no break of `level`. A break inside
/// quotation marks “” or brackets 《》（） does not count. A clause reaches at most 450 bytes
/// (a sentence 1800) each way from [begin, end), at a code-point boundary.
text::ByteRange clause_around(std::string_view text, text::ByteRange within, std::uint32_t begin,
                              std::uint32_t end, ClauseLevel level);

/// True when `text` holds `word` ending exactly at byte `end`.
inline bool ends_at(std::string_view text, std::uint32_t end, std::string_view word) {
  return end >= word.size() && text.substr(end - word.size(), word.size()) == word;
}

/// True when `text` holds `word` starting exactly at byte `begin`.
inline bool starts_at(std::string_view text, std::uint32_t begin, std::string_view word) {
  return text.substr(begin, word.size()) == word;
}

}  // namespace zz::extract
