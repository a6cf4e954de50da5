// Writers of `zzreport compare`: a Comparison of two reports as JSON, Markdown or terminal text.
#pragma once

#include <optional>
#include <string>

#include "zzreport/extract/compare.hpp"

namespace zz::report {

/// What the compare writers need: the comparison and the two reports' names.
struct CompareInput {
  const extract::Comparison* comparison = nullptr;
  std::string old_path;
  std::string new_path;
  std::string old_title;  ///< may be empty
  std::string new_title;
  std::optional<int> old_year;
  std::optional<int> new_year;
};

/// {"schema_version","old":{...},"new":{...},"summary":{...},"targets":[...],"slogans":{"added","dropped"},
/// "keywords":{"added","dropped"}}, indented by two spaces; ends with '\n'.
std::string compare_to_json(const CompareInput& input);

/// Markdown for people: a table of changed targets, lists of terms that came and went.
std::string compare_to_markdown(const CompareInput& input);

/// Compact terminal view.
std::string compare_to_text(const CompareInput& input);

/// A target's value as a person reads it: "≥6%", "2-3个百分点", "5000亿元".
std::string target_value_label(const extract::Quantity& q);

}  // namespace zz::report
