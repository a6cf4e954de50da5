// Slogans and formulations: numbered formulations (三高四新, 四个全面, 3+3+2, 十百千) and quoted
// terms (“国之大者”, “卡脖子”), with every occurrence.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "zzreport/extract/analysis.hpp"
#include "zzreport/text/document.hpp"

namespace zz::extract {

/// True when `term` is a numbered formulation: it holds a numeral (三高四新, 3+3+2, 四个全面).
bool is_numbered_formulation(std::string_view term);

/// The quoted terms of `doc` (2–12 characters inside “”) and the numbered formulations it
/// writes without quotes that it quotes elsewhere; ordered by first occurrence.
std::vector<Slogan> extract_slogans(const text::Document& doc);

}  // namespace zz::extract
