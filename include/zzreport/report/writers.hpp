// Writers: the Analysis model of one document rendered as JSON, Markdown, CSV or terminal text.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "zzreport/extract/analysis.hpp"
#include "zzreport/text/document.hpp"

namespace zz::report {

/// JSON schema version written as "schema_version"; bump on any incompatible change.
inline constexpr std::string_view kSchemaVersion = "0.1";

/// What a writer needs beside the document and its analysis.
struct ReportInput {
  const text::Document* document = nullptr;
  const extract::Analysis* analysis = nullptr;
  std::vector<std::pair<std::string, std::string>> options;  ///< the options used, echoed in JSON
};

/// Pretty-printed JSON (indent 2) when `pretty`, one line otherwise (JSON Lines); ends with '\n'.
std::string to_json(const ReportInput& input, bool pretty = true);

/// A Markdown report for people (GitHub, a pager).
std::string to_markdown(const ReportInput& input);

}  // namespace zz::report
