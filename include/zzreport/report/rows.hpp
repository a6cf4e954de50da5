// Rows: a table of named columns written as CSV, JSON Lines, a JSON array or a Markdown table, for
// the commands whose output is one row per document and item (trend). The rows of a batch are
// written in chunks, one per document, as they come; the header and footer frame them.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace zz::report {

/// One cell: nothing (empty in CSV, null in JSON), text, a whole number, or a decimal written with
/// a fixed number of decimals (the same digits in every format).
struct Decimal {
  double value = 0;
  int decimals = 4;
};
using Cell = std::variant<std::monostate, std::string, std::int64_t, Decimal>;
using Row = std::vector<Cell>;  ///< one cell per column

/// A decimal cell, or an empty one for no value (a rate over no text).
inline Cell decimal_cell(std::optional<double> value, int decimals = 4) {
  return value ? Cell{Decimal{*value, decimals}} : Cell{};
}

enum class RowFormat : std::uint8_t { csv, jsonl, json, md };

/// Parses "csv", "jsonl", "json", "md"; nullopt-like: throws zz::Error(usage) for anything else.
RowFormat parse_row_format(std::string_view name);

class RowWriter {
 public:
  RowWriter(RowFormat format, std::vector<std::string> columns);

  /// Written once before the first chunk: the CSV header line, "[" for JSON, the Markdown header
  /// and rule.
  std::string header() const;
  /// The rows of one chunk. For JSON, every chunk but the first is preceded by `separator()`.
  std::string rows(const std::vector<Row>& rows) const;
  /// Written between two chunks: ",\n" for JSON, nothing for the others.
  std::string separator() const;
  /// Written once after the last chunk: "]" for JSON.
  std::string footer() const;

  /// A whole table at once: header, rows and footer; Markdown columns are aligned (by display
  /// width), which rows written chunk by chunk cannot be.
  std::string table(const std::vector<Row>& rows) const;

 private:
  RowFormat format_;
  std::vector<std::string> columns_;
};

}  // namespace zz::report
