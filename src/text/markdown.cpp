// Markdown markup: comments, headings, lists, tables, rules and bold, as the corpus uses them.
#include "markdown.hpp"

#include "zzreport/text/char_class.hpp"

namespace zz::text {
namespace {

bool only_of(const CharLine& line, std::u32string_view allowed) {
  for (const Char& c : line) {
    if (allowed.find(c.cp) == std::u32string_view::npos) return false;
  }
  return !line.empty();
}

/// Removes the leading run of `c` of length [1, 6] when a space follows; returns the run length.
std::size_t strip_prefix_run(CharLine& line, char32_t c, std::size_t max_run) {
  std::size_t n = 0;
  while (n < line.size() && line[n].cp == c) ++n;
  if (n == 0 || n > max_run || n >= line.size() || !is_space(line[n].cp)) return 0;
  std::size_t end = n;
  while (end < line.size() && is_space(line[end].cp)) ++end;
  erase_chars(line, 0, end);
  return n;
}

/// Removes every run of two or more '*'; reports whether the line began with one, and where the
/// first run after the start ended (in original code points, 0 if none).
void strip_bold(CharLine& line, MarkdownLine& md) {
  bool opened_at_start = false;
  std::size_t first_close = 0;  // index in the stripped line where the first bold stretch ended
  bool closed = false;
  std::size_t out = 0;
  for (std::size_t i = 0; i < line.size();) {
    std::size_t run = 0;
    while (i + run < line.size() && line[i + run].cp == U'*') ++run;
    if (run >= 2) {
      if (i == 0) {
        opened_at_start = true;
      } else if (opened_at_start && !closed) {
        closed = true;
        first_close = out;
      }
      i += run;
      continue;
    }
    line[out++] = line[i++];
  }
  line.resize(out);
  if (!opened_at_start || line.empty()) return;
  if (!closed || first_close >= line.size()) {
    md.bold_line = true;
  } else if (first_close > 0) {
    md.bold_lead = true;
    md.bold_end = line[first_close].orig;
  }
}

}  // namespace

void remove_html_comments(CharLine& line, bool& in_comment) {
  std::size_t out = 0;
  for (std::size_t i = 0; i < line.size();) {
    if (in_comment) {
      if (line[i].cp == U'-' && chars_equal(line, i, U"-->")) {
        in_comment = false;
        i += 3;
      } else {
        ++i;
      }
    } else if (line[i].cp == U'<' && chars_equal(line, i, U"<!--")) {
      in_comment = true;
      i += 4;
    } else {
      line[out++] = line[i++];
    }
  }
  line.resize(out);
}

MarkdownLine strip_markdown(CharLine& line) {
  MarkdownLine md;
  if (line.empty()) return md;
  if (line[0].cp == U'|') {
    if (only_of(line, U"|-: \t")) {
      md.drop = true;
      return md;
    }
    md.table_row = true;
    for (Char& c : line) {
      if (c.cp == U'|') c.cp = U' ';
    }
  } else if (only_of(line, U"-*_ ") && line.size() >= 3 &&
             (line[0].cp != U'*' || only_of(line, U"* "))) {
    md.drop = true;  // a horizontal rule: ---, ***, ___
    return md;
  } else if (std::size_t level = strip_prefix_run(line, U'#', 6); level > 0) {
    md.heading_level = static_cast<int>(level);
  } else if (strip_prefix_run(line, U'>', 1) > 0) {
    // A block quote: keep the quoted text as prose.
  } else if (line.size() >= 2 && (line[0].cp == U'-' || line[0].cp == U'+' || line[0].cp == U'*') &&
             is_space(line[1].cp)) {
    md.list_item = true;
    std::size_t end = 1;
    while (end < line.size() && is_space(line[end].cp)) ++end;
    erase_chars(line, 0, end);
  }
  strip_bold(line, md);
  return md;
}

}  // namespace zz::text
