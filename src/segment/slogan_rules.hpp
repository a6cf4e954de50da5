// Merge rule for quoted short formulations: “三高四新”, “十同”. Private to zz_segment.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "zzreport/segment/token.hpp"

namespace zz::segment::detail {

/// Merges, in tokens[first, end), the tokens between a pair of quotation marks into one slogan
/// token when the quote holds 2 to 6 Han characters and either a numeral (三高四新, 十同) or only
/// single-character tokens (an abbreviation such as 放管服).
void merge_quoted_formulations(std::string_view text, std::vector<Token>& tokens,
                               std::size_t first);

}  // namespace zz::segment::detail
