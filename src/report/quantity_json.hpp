// quantity_json(): the JSON object of one quantity, the same in `analyze` (targets, achievements,
// mentions) and in `targets --format json|jsonl` (docs/json.md).
#pragma once

#include <nlohmann/json.hpp>

#include "zzreport/extract/analysis.hpp"
#include "zzreport/text/document.hpp"

namespace zz::report {

nlohmann::ordered_json quantity_json(const text::Document& doc, const extract::Quantity& q);

}  // namespace zz::report
