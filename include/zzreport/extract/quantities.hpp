// Quantities: every number of a report with what it measures, classified into targets,
// achievements and mentions, plus qualitative milestones (到2035年基本建成现代化).
#pragma once

#include <vector>

#include "zzreport/extract/analysis.hpp"
#include "zzreport/extract/quantity_rules.hpp"
#include "zzreport/segment/segmenter.hpp"
#include "zzreport/text/document.hpp"

namespace zz::extract {

/// The quantities of `doc` in text order (see docs/targets.md for the rules), read with the
/// vocabularies of `rules`. With a `segmenter`, an indicator name longer than the rules' window
/// starts and ends on its word boundaries, not inside a word. Throws zz::Error(usage) when
/// `rules` is not loaded.
std::vector<Quantity> extract_quantities(const text::Document& doc, const QuantityRules& rules,
                                         const segment::Segmenter* segmenter = nullptr);

}  // namespace zz::extract
