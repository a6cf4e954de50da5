// write_keywords(): the JSON array of keywords shared by `keywords` and the `analyze` document.
#pragma once

#include <vector>

#include "zzreport/extract/analysis.hpp"
#include "zzreport/report/json.hpp"

namespace zz::report {

void write_keywords(JsonWriter& w, const std::vector<extract::Keyword>& keywords);

/// A score rounded to 4 decimals, so that JSON output does not show floating-point noise.
double rounded_score(double score);

}  // namespace zz::report
