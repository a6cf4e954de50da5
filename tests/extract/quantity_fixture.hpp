// Test helpers: the shipped rules (data/rules), and the quantities of a short text run through the
// whole pipeline with them.
#pragma once

#include <gtest/gtest.h>

#include <stdexcept>
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

/// The one quantity written `needle` (its number and unit as in the text: "70%", "5000亿元"). When
/// none or several are, the test fails and ends here: no default quantity for the assertions to
/// accept, no other quantity whose quote happens to hold the needle.
inline Quantity quantity_at(std::string_view text, std::string_view needle) {
  std::vector<Quantity> found;
  for (Quantity& q : quantities_of(text)) {
    if (q.value_text + q.unit == needle) found.push_back(std::move(q));
  }
  if (found.size() == 1) return found.front();
  ADD_FAILURE() << found.size() << " quantities of \"" << text << "\" are written \"" << needle
                << "\"";
  throw std::runtime_error("quantity_at: no one quantity is written as the needle");
}

}  // namespace zz::extract::testing
