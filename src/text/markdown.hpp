// Markdown markup of corpus reports (## headings, **bold**, lists, tables, rules, <!-- comments
// -->): removed from the analysed text, and what it said about the line kept for the structure.
#pragma once

#include <cstdint>

#include "char_line.hpp"

namespace zz::text {

/// What a line's markup said about it.
struct MarkdownLine {
  int heading_level = 0;       ///< 1-6 for an ATX heading (## ...), 0 otherwise
  bool bold_line = false;      ///< the whole line was bold (**...**)
  bool bold_lead = false;      ///< the line opened with a bold stretch followed by plain text
  std::uint32_t bold_end = 0;  ///< for bold_lead: original code point just past the bold stretch
  bool list_item = false;      ///< a list item (- / * / + ...), e.g. a table of contents entry
  bool table_row = false;      ///< a table row; cell bars became spaces
  bool drop = false;           ///< nothing but markup (a table rule or a horizontal rule)
};

/// Removes HTML comments from a line; `in_comment` carries an unterminated comment to the next
/// line.
void remove_html_comments(CharLine& line, bool& in_comment);

/// Strips the block markup at the start of a trimmed line and every bold marker (** runs).
MarkdownLine strip_markdown(CharLine& line);

}  // namespace zz::text
