// Slogans and formulations: the terms a report puts in quotes (“三高四新”, “国之大者”, “神24”,
// “聚焦”), each with its kind, and every occurrence.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "zzreport/extract/analysis.hpp"
#include "zzreport/extract/slogan_types.hpp"
#include "zzreport/text/document.hpp"

namespace zz::extract {

/// The quoted terms of `doc` (2–12 characters inside “”), each with its kind (classify_slogan()
/// with `evidence`; with none, the term's characters alone decide), and the numbered formulations
/// it writes without quotes that it quotes elsewhere; ordered by first occurrence.
std::vector<Slogan> extract_slogans(const text::Document& doc, const SloganEvidence& evidence = {});

}  // namespace zz::extract
