// keywords_json(): the JSON array of keywords shared by `keywords` and the `analyze` document.
#pragma once

#include <nlohmann/json.hpp>
#include <vector>

#include "zzreport/extract/analysis.hpp"

namespace zz::report {

nlohmann::ordered_json keywords_json(const std::vector<extract::Keyword>& keywords);

/// A score rounded to 4 decimals, so that JSON output does not show floating-point noise.
double rounded_score(double score);

}  // namespace zz::report
