// RowWriter: typed rows as CSV (RFC 4180), JSON Lines, a JSON array or a Markdown table.
#include "zzreport/report/rows.hpp"

#include <fmt/format.h>

#include <utility>

#include "csv_field.hpp"
#include "table.hpp"
#include "zzreport/report/json.hpp"
#include "zzreport/text/error.hpp"

namespace zz::report {
namespace {

std::string decimal_text(const Decimal& d) { return fmt::format("{:.{}f}", d.value, d.decimals); }

/// A cell as plain text: CSV fields and Markdown cells.
std::string cell_text(const Cell& cell) {
  if (const auto* s = std::get_if<std::string>(&cell)) return *s;
  if (const auto* i = std::get_if<std::int64_t>(&cell)) return std::to_string(*i);
  if (const auto* d = std::get_if<Decimal>(&cell)) return decimal_text(*d);
  return {};
}

void write_json_cell(JsonWriter& w, const Cell& cell) {
  if (const auto* s = std::get_if<std::string>(&cell)) {
    w.string(*s);
  } else if (const auto* i = std::get_if<std::int64_t>(&cell)) {
    w.integer(*i);
  } else if (const auto* d = std::get_if<Decimal>(&cell)) {
    w.raw(decimal_text(*d));  // the digits of the CSV, not the double's shortest form
  } else {
    w.null();
  }
}

}  // namespace

RowFormat parse_row_format(std::string_view name) {
  if (name == "csv") return RowFormat::csv;
  if (name == "jsonl") return RowFormat::jsonl;
  if (name == "json") return RowFormat::json;
  if (name == "md") return RowFormat::md;
  throw Error(ErrorKind::usage,
              "unknown format '" + std::string(name) + "' (csv, jsonl, json, md)");
}

RowWriter::RowWriter(RowFormat format, std::vector<std::string> columns)
    : format_(format), columns_(std::move(columns)) {}

std::string RowWriter::header() const {
  std::string out;
  switch (format_) {
    case RowFormat::csv:
      for (std::size_t c = 0; c < columns_.size(); ++c) {
        if (c > 0) out += ',';
        out += detail::csv_field(columns_[c]);
      }
      out += '\n';
      break;
    case RowFormat::json:
      out = "[\n";
      break;
    case RowFormat::md:
      out += '|';
      for (const std::string& column : columns_) out += ' ' + detail::markdown_cell(column) + " |";
      out += "\n|";
      for (std::size_t c = 0; c < columns_.size(); ++c) out += " --- |";
      out += '\n';
      break;
    case RowFormat::jsonl:
      break;
  }
  return out;
}

std::string RowWriter::rows(const std::vector<Row>& rows) const {
  std::string out;
  for (std::size_t r = 0; r < rows.size(); ++r) {
    const Row& row = rows[r];
    switch (format_) {
      case RowFormat::csv:
        for (std::size_t c = 0; c < row.size(); ++c) {
          if (c > 0) out += ',';
          out += detail::csv_field(cell_text(row[c]));
        }
        out += '\n';
        break;
      case RowFormat::jsonl:
      case RowFormat::json: {
        if (format_ == RowFormat::json) out += r > 0 ? ",\n  " : "  ";
        JsonWriter w(out, JsonLayout::compact);
        w.begin_object();
        for (std::size_t c = 0; c < row.size() && c < columns_.size(); ++c) {
          w.key(columns_[c]);
          write_json_cell(w, row[c]);
        }
        w.end_object();
        if (format_ == RowFormat::jsonl) out += '\n';
        break;
      }
      case RowFormat::md:
        out += '|';
        for (const Cell& cell : row) out += ' ' + detail::markdown_cell(cell_text(cell)) + " |";
        out += '\n';
        break;
    }
  }
  return out;
}

std::string RowWriter::table(const std::vector<Row>& rows) const {
  if (format_ != RowFormat::md) return header() + this->rows(rows) + footer();
  detail::Table table;
  table.header = columns_;
  for (const Row& row : rows) {
    std::vector<std::string>& cells = table.rows.emplace_back();
    for (const Cell& cell : row) cells.push_back(cell_text(cell));
  }
  table.max_width.assign(columns_.size(), 0);
  return detail::render_markdown(table);
}

std::string RowWriter::separator() const { return format_ == RowFormat::json ? ",\n" : ""; }

std::string RowWriter::footer() const { return format_ == RowFormat::json ? "\n]\n" : ""; }

}  // namespace zz::report
