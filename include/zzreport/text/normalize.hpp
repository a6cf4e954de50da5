// Normalisation: the original text to the analysed text, with the offset map and the warnings
// about what was cleaned up. The rules are documented, with their effect on the corpus, in
// docs/text.md.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "zzreport/text/document.hpp"

namespace zz::text {

/// What Markdown markup said about one line of the normalised text (markup itself is removed).
struct LineMarkup {
  std::uint32_t line_begin = 0;  ///< byte offset of the line in Normalized::text
  int heading_level = 0;         ///< 1-6 for a Markdown heading (## ...), else 0
  bool bold_line = false;        ///< the whole line was bold
  std::uint32_t bold_end = 0;    ///< a bold lead stretch ends here (byte offset), 0 if none
  bool list_item = false;        ///< a list item, e.g. an entry of a table of contents
  bool table_row = false;
};

struct Normalized {
  std::string text;                ///< one line per paragraph, separated by '\n', no blank lines
  OffsetMap map;                   ///< byte offsets of `text` to code points of the original
  std::string title;               ///< from a YAML header, normalised; may be empty
  std::string source;              ///< from a YAML header (source: or url:); may be empty
  std::vector<LineMarkup> markup;  ///< lines that had markup, in text order
  std::vector<Warning> warnings;   ///< what was removed, rejoined or folded, in text order
};

/// Normalises decoded text: YAML header and Markdown markup read and removed, HTML comments,
/// web boilerplate lines and page-continuation markers removed, paragraphs split at page breaks
/// rejoined, full-width letters and digits, ASCII punctuation in Chinese prose, spaces and
/// traditional characters folded, spaced-out words joined.
Normalized normalize(std::string_view original);

}  // namespace zz::text
