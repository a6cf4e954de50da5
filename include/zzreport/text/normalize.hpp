// Normalisation: the original text to the analysed text, with the offset map and the warnings
// about what was cleaned up.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "zzreport/text/document.hpp"

namespace zz::text {

struct Normalized {
  std::string text;
  OffsetMap map;
  std::string title;  ///< from a YAML header, when there is one
  std::vector<Warning> warnings;
};

/// Normalises decoded text (see docs/algorithms.md#normalisation for the rules).
Normalized normalize(std::string_view original);

}  // namespace zz::text
