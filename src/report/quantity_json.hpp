// write_quantity(): the JSON object of one quantity, the same in `analyze` (targets, achievements,
// mentions) and in `targets --format json|jsonl` (docs/json.md), written straight into the output.
#pragma once

#include "zzreport/extract/analysis.hpp"
#include "zzreport/report/json.hpp"
#include "zzreport/text/document.hpp"

namespace zz::report {

/// Writes `q` as one JSON object; `with_file` puts the document's path first ("file", for the
/// rows of `targets`).
void write_quantity(JsonWriter& w, const text::Document& doc, const extract::Quantity& q,
                    bool with_file);

}  // namespace zz::report
