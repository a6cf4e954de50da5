// Writers: the Analysis model of one document rendered as JSON, JSON Lines, Markdown, CSV or
// terminal text. Every writer renders the same model and computes nothing of its own.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "zzreport/extract/analysis.hpp"
#include "zzreport/report/selection.hpp"
#include "zzreport/text/document.hpp"

namespace zz::report {

/// JSON schema version written as "schema_version" (docs/schema/analysis.schema.json); bump the
/// major number on any incompatible change, the minor one when fields are added.
inline constexpr std::string_view kSchemaVersion = "2.1";

/// What a writer needs beside the document and its analysis.
struct ReportInput {
  const text::Document* document = nullptr;
  const extract::Analysis* analysis = nullptr;
  std::vector<std::pair<std::string, std::string>> options;  ///< the options used, echoed in JSON
  Selection selection;                                       ///< the parts to write
  /// JSON output of a JSON Lines record: the record's id as compact JSON, written first as "id";
  /// empty for a file (report/json.hpp, begin_document_object).
  std::string_view record_id;
};

/// Pretty-printed JSON (indent 2) when `pretty`, one line otherwise (JSON Lines); ends with '\n'.
std::string to_json(const ReportInput& input, bool pretty = true);

/// A Markdown report for people: renders on GitHub, and its tables line up in a pager.
std::string to_markdown(const ReportInput& input);

/// How the terminal view is drawn.
struct TextStyle {
  bool color = false;  ///< ANSI colours and bold
};

/// The compact terminal view (`--format text`).
std::string to_text(const ReportInput& input, const TextStyle& style = {});

/// The CSV records (report/quantity_rows.hpp) of the quantities `input.selection` asks for
/// (targets, achievements, mentions).
std::string quantities_to_csv(const ReportInput& input);

/// The UTF-8 byte order mark that makes Excel read a CSV file as UTF-8 (`--excel`).
inline constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

}  // namespace zz::report
