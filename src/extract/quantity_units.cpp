// match_unit(): the longest unit of units.tsv at the start of some text.
#include "quantity_units.hpp"

#include "rule_tables.hpp"

namespace zz::extract {

UnitMatch match_unit(std::string_view text, const detail::RuleTables& rules) {
  int k = rules.unit_set.match_at(text, 0);
  if (k < 0) return {};
  const detail::UnitEntry& e = rules.units[static_cast<std::size_t>(k)];
  return {e.text.size(), e.base, e.scale, e.unit_class};
}

}  // namespace zz::extract
