// Table: rows of cells drawn with columns aligned by display width, as a Markdown pipe table or as
// plain terminal columns. One piece for both writers.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace zz::report::detail {

struct Table {
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;  ///< each as long as `header`
  std::vector<std::size_t> max_width;  ///< per column, 0 = unlimited; longer cells are cut with …
};

/// A cell safe inside a Markdown table: '|' escaped, line breaks as spaces.
std::string markdown_cell(std::string_view text);

/// A GitHub pipe table whose columns also line up in a pager (cells padded by display width).
std::string render_markdown(const Table& table);

/// Terminal columns: `indent` spaces, cells separated by two spaces, the header wrapped in
/// `header_on`/`off` (ANSI codes or empty). The last column is not padded.
std::string render_text(const Table& table, std::size_t indent, std::string_view header_on,
                        std::string_view off);

}  // namespace zz::report::detail
