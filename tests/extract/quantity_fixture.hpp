// Test helpers: the shipped rules (data/rules), and the quantities of a short text run through the
// whole pipeline with them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "zzreport/extract/quantities.hpp"
#include "zzreport/extract/quantity_rules.hpp"
#include "zzreport/text/document.hpp"

namespace zz::extract::testing {

/// The rules of the source tree's data/rules, loaded once.
inline const QuantityRules& shipped_rules() {
  static const QuantityRules rules = QuantityRules::load(ZZ_SOURCE_DATA_DIR "/rules");
  return rules;
}

inline std::vector<Quantity> quantities_of(std::string_view text) {
  text::Document doc = text::load_document(text, "test.txt");
  return extract_quantities(doc, shipped_rules());
}

/// The quantity whose quote holds `needle` (the number as written); a default one if none.
inline Quantity quantity_at(std::string_view text, std::string_view needle) {
  for (const Quantity& q : quantities_of(text)) {
    if (q.value_text + q.unit == needle || q.quote.find(needle) != std::string::npos) return q;
  }
  return {};
}

}  // namespace zz::extract::testing
