// Table rendering with East Asian width alignment (Markdown and terminal).
#include "table.hpp"

#include <algorithm>

#include "zzreport/report/display_width.hpp"

namespace zz::report::detail {
namespace {

/// Cells cut to their column's limit, and each column's width.
std::vector<std::vector<std::string>> fit(const Table& table, std::vector<std::size_t>& widths,
                                          std::string (*clean)(std::string_view)) {
  std::vector<std::vector<std::string>> cells;
  cells.reserve(table.rows.size() + 1);
  cells.push_back(table.header);
  for (const auto& row : table.rows) cells.push_back(row);
  widths.assign(table.header.size(), 0);
  for (auto& row : cells) {
    row.resize(table.header.size());
    for (std::size_t c = 0; c < row.size(); ++c) {
      std::size_t limit = c < table.max_width.size() ? table.max_width[c] : 0;
      if (limit != 0) row[c] = truncate_to_width(row[c], limit);
      row[c] = clean(row[c]);
      widths[c] = std::max(widths[c], display_width(row[c]));
    }
  }
  return cells;
}

std::string one_line(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char ch : text) out += (ch == '\n' || ch == '\r' || ch == '\t') ? ' ' : ch;
  return out;
}

}  // namespace

std::string markdown_cell(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char ch : one_line(text)) {
    if (ch == '|') out += '\\';
    out += ch;
  }
  return out;
}

std::string render_markdown(const Table& table) {
  std::vector<std::size_t> widths;
  auto cells = fit(table, widths, &markdown_cell);
  for (std::size_t& w : widths) w = std::max<std::size_t>(w, 3);  // GitHub needs "---"
  std::string out;
  for (std::size_t r = 0; r < cells.size(); ++r) {
    out += '|';
    for (std::size_t c = 0; c < widths.size(); ++c) {
      out += ' ' + pad_to_width(cells[r][c], widths[c]) + " |";
    }
    out += '\n';
    if (r == 0) {
      out += '|';
      for (std::size_t w : widths) out += std::string(w + 2, '-') + '|';
      out += '\n';
    }
  }
  return out;
}

std::string render_text(const Table& table, std::size_t indent, std::string_view header_on,
                        std::string_view off) {
  std::vector<std::size_t> widths;
  auto cells = fit(table, widths, &one_line);
  std::string out;
  for (std::size_t r = 0; r < cells.size(); ++r) {
    std::string line(indent, ' ');
    for (std::size_t c = 0; c < widths.size(); ++c) {
      if (c > 0) line += "  ";
      line += c + 1 == widths.size() ? cells[r][c] : pad_to_width(cells[r][c], widths[c]);
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    if (r == 0 && !header_on.empty()) {
      line = std::string(indent, ' ') + std::string(header_on) + line.substr(indent) +
             std::string(off);
    }
    out += line + '\n';
  }
  return out;
}

}  // namespace zz::report::detail
