// compare(): what changed between two reports (e.g. one city's reports of consecutive years):
// targets matched by indicator with their old and new values, slogans and key terms that appear
// or disappear. Plain data in, plain data out; zz_report renders it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "zzreport/extract/analysis.hpp"
#include "zzreport/text/document.hpp"

namespace zz::extract {

enum class TargetChange : std::uint8_t { raised, lowered, unchanged, dropped, added };

/// One indicator's target in the old and/or the new report.
struct TargetComparison {
  TargetChange change = TargetChange::unchanged;
  std::string indicator;
  std::optional<Quantity> old_target;  ///< absent for `added`
  std::optional<Quantity> new_target;  ///< absent for `dropped`
};

/// A slogan or key term found in one report and nowhere in the other's text.
struct TermComparison {
  std::string text;
  bool added = false;       ///< in the new report only; else in the old one only
  std::uint32_t count = 0;  ///< occurrences in the report that has it
};

struct Comparison {
  std::vector<TargetComparison>
      targets;  ///< matched and dropped in old order, then added in new order
  std::vector<TermComparison> slogans;   ///< added (new order), then dropped (old order)
  std::vector<TermComparison> keywords;  ///< the same for key terms
};

/// A report to compare: its document (for "does this term occur at all") and its analysis.
struct ComparedReport {
  const text::Document* document = nullptr;
  const Analysis* analysis = nullptr;
};

/// Targets are matched by indicator and base unit, the i-th target of an indicator in one report
/// with the i-th in the other; values compare by magnitude (value in the base unit), else value,
/// else the middle of a range. A slogan or key term counts as added when it is in the new analysis
/// and nowhere in the old document's text, and dropped the other way round.
Comparison compare(const ComparedReport& old_report, const ComparedReport& new_report);

/// "raised", "lowered", "unchanged", "dropped", "added".
std::string_view to_string(TargetChange change) noexcept;

}  // namespace zz::extract
