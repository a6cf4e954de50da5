// DataFile: the one reader of zzreport's data files (stop words, lexicons, the IDF table, the rule
// vocabularies of data/rules/), so that every file follows the same rules:
//
//   - UTF-8; a leading byte order mark is dropped; CRLF line ends are accepted;
//   - blank lines (nothing, or only spaces and tabs) are skipped;
//   - a line whose first non-blank character is '#' is a comment, except a directive: '#', a
//     letter at once, a name, a space and a value (#documents 1185), handed to the caller;
//   - fields are separated by TAB (DataLine::fields);
//   - every error is a zz::Error of kind data naming the file, the line and the reason.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>  // std::move
#include <vector>

#include "zzreport/text/error.hpp"

namespace zz::text {

/// Reads `field`, all of it, as an unsigned decimal number (no sign, no spaces) into `value`;
/// false when it is not one or does not fit.
bool parse_uint(std::string_view field, std::uint32_t& value);

/// One line of a data file that is neither blank nor a comment.
class DataLine {
 public:
  DataLine(std::string_view text, std::size_t number, std::string_view file)
      : text_(text), number_(number), file_(file) {}

  /// The line without its end of line (and without a trailing '\r').
  std::string_view text() const { return text_; }
  /// 1-based, counting every line of the file.
  std::size_t number() const { return number_; }

  /// The TAB-separated fields, each without surrounding spaces.
  std::vector<std::string_view> fields() const;

  /// The fields, which must number at least `min` and at most `max`; else throws error().
  std::vector<std::string_view> fields(std::size_t min, std::size_t max) const;

  /// An Error(data) naming the file and this line: "FILE: reason (line N)".
  Error error(std::string_view reason) const;

 private:
  std::string_view text_;
  std::size_t number_;
  std::string_view file_;
};

/// A directive line: `#name value`.
struct DataDirective {
  std::string_view name;   ///< without the '#'
  std::string_view value;  ///< the rest of the line, without surrounding spaces
  std::size_t number = 0;  ///< the line number
};

/// A data file's text and name, read whole (large tables are read at every start-up: one read, and
/// callers may keep views into text()).
class DataFile {
 public:
  /// Reads `path`. `what` names the file in errors ("the IDF table"). Throws Error(data) when the
  /// file is missing, a directory or unreadable.
  static DataFile read(const std::string& path, std::string_view what);

  /// A file made of `content`, named `name` in errors (for tests and text already in memory).
  DataFile(std::string content, std::string name);

  const std::string& name() const { return name_; }
  /// The content without its byte order mark.
  std::string_view text() const;
  /// Takes the content out (with the BOM, if any), for a caller that keeps it.
  std::string release() && { return std::move(content_); }

  /// Calls `on_line(const DataLine&)` for each line that is neither blank, a comment nor a
  /// directive, and `on_directive(const DataDirective&)` for each directive; lines in file order.
  /// Throws Error(data) at the first line that is not valid UTF-8.
  template <typename OnLine, typename OnDirective>
  void for_each(OnLine&& on_line, OnDirective&& on_directive) const {
    for_each_line_of(text(), name_, on_line, on_directive);
  }

  /// for_each() for a file without directives: a directive line is an ordinary comment.
  template <typename OnLine>
  void for_each(OnLine&& on_line) const {
    for_each(on_line, [](const DataDirective&) {});
  }

  /// The lines of `text` (without a BOM) as for_each() reads them; `name` names it in errors.
  template <typename OnLine, typename OnDirective>
  static void for_each_line_of(std::string_view text, std::string_view name, OnLine&& on_line,
                               OnDirective&& on_directive);

 private:
  /// What a line is; for a directive, its name and value.
  enum class LineKind : unsigned char { skipped, data, directive };
  static LineKind classify(std::string_view line, DataDirective& directive);
  /// Throws at the first invalid UTF-8 byte of `text`, naming its line.
  static void check_utf8(std::string_view text, std::string_view name);

  std::string content_;
  std::string name_;
};

template <typename OnLine, typename OnDirective>
void DataFile::for_each_line_of(std::string_view text, std::string_view name, OnLine&& on_line,
                                OnDirective&& on_directive) {
  check_utf8(text, name);
  std::size_t number = 0;
  while (!text.empty()) {
    ++number;
    std::size_t eol = text.find('\n');
    std::string_view line = text.substr(0, eol);
    text.remove_prefix(eol == std::string_view::npos ? text.size() : eol + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    DataDirective directive;
    switch (classify(line, directive)) {
      case LineKind::skipped:
        break;
      case LineKind::data:
        on_line(DataLine(line, number, name));
        break;
      case LineKind::directive:
        directive.number = number;
        on_directive(directive);
        break;
    }
  }
}

}  // namespace zz::text
