// Duplicated sentences and passages (a passage printed twice, as in the seed's 升级永无止境。…).
#pragma once

#include "zzreport/text/document.hpp"

namespace zz::text {

/// Appends a "duplicate" warning for each run of consecutive sentences that repeats an earlier
/// run. Only sentences closed by 。！？；… count (headings and table-of-contents lines repeat by
/// design), and a run must hold at least 20 Han characters, so rhetoric such as a repeated
/// salutation (各位代表，同志们！) is not reported.
void find_duplicates(Document& doc);

}  // namespace zz::text
