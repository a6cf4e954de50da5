// Selection: which parts of a report are computed and written (`--only keywords,targets,...`).
#pragma once

#include <string>
#include <string_view>

#include "zzreport/extract/analyzer.hpp"

namespace zz::report {

/// The parts of a report besides the document facts, which are always written. A part that is not
/// selected is neither computed nor written (its key is absent from JSON).
struct Selection {
  bool outline = true;
  bool keywords = true;
  bool targets = true;
  bool achievements = true;
  bool mentions = true;  ///< numbers that are neither targets nor achievements
  bool slogans = true;
  bool warnings = true;

  bool quantities() const noexcept { return targets || achievements || mentions; }
};

/// The names accepted by parse_selection(), comma-separated, for help texts.
inline constexpr std::string_view kSelectionNames =
    "outline,keywords,targets,achievements,mentions,quantities,slogans,warnings";

/// Parses a comma-separated list of part names ("quantities" means targets, achievements and
/// mentions; "all" everything). An empty list selects everything. Throws zz::Error(usage) naming
/// an unknown part.
Selection parse_selection(std::string_view list);

/// The list a Selection was parsed from, in canonical order ("all" when everything is selected).
std::string to_string(const Selection& selection);

/// Whether `kind` is one that `selection` asks for.
bool selected(const Selection& selection, extract::QuantityKind kind) noexcept;

/// The extractors a selection needs, on top of `base` (which carries the other analyzer settings).
extract::AnalyzerOptions analyzer_options(const Selection& selection,
                                          extract::AnalyzerOptions base = {});

}  // namespace zz::report
