// Stray Latin words in Chinese prose (the seed's "品牌 and 市场份额"), as opposed to the acronyms
// and names reports use (GDP, 5G, PM2.5, APP, CPI, PPP, R&D, vivo, in巷).
#pragma once

#include "zzreport/text/document.hpp"

namespace zz::text {

/// Appends a "stray_latin" warning for each lower-case Latin word that stands apart in Chinese
/// prose: Chinese on both sides, separated from it by spaces on both sides (or, for an English
/// function word such as and/or/the/of, on one side). Words with capitals or digits, words joined
/// to Chinese without spaces (names such as vivo, in巷) and words next to digits (units) are kept.
void find_stray_latin(Document& doc);

}  // namespace zz::text
