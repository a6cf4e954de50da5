// parse_selection() and selected(): the `--only` list of report parts, and whether it keeps a
// quantity.
#include "zzreport/report/selection.hpp"

#include <array>
#include <utility>

#include "zzreport/text/error.hpp"

namespace zz::report {
namespace {

using Part = bool Selection::*;
constexpr std::array<std::pair<std::string_view, Part>, 7> kParts{{
    {"outline", &Selection::outline},
    {"keywords", &Selection::keywords},
    {"targets", &Selection::targets},
    {"achievements", &Selection::achievements},
    {"mentions", &Selection::mentions},
    {"slogans", &Selection::slogans},
    {"warnings", &Selection::warnings},
}};

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

}  // namespace

Selection parse_selection(std::string_view list) {
  if (trim(list).empty()) return {};
  Selection none;
  for (auto& [name, part] : kParts) none.*part = false;
  Selection selection = none;
  while (!list.empty()) {
    std::size_t comma = list.find(',');
    std::string_view name = trim(list.substr(0, comma));
    list = comma == std::string_view::npos ? std::string_view() : list.substr(comma + 1);
    if (name.empty() || name == "document") continue;  // the document facts are always written
    if (name == "all") return {};
    if (name == "quantities") {
      selection.targets = selection.achievements = selection.mentions = true;
      continue;
    }
    bool known = false;
    for (auto& [part_name, part] : kParts) {
      if (part_name == name) selection.*part = known = true;
    }
    if (!known) {
      throw Error(ErrorKind::usage, "unknown part '" + std::string(name) +
                                        "' in --only; expected some of " +
                                        std::string(kSelectionNames));
    }
  }
  return selection;
}

std::string to_string(const Selection& selection) {
  std::string out;
  bool all = true;
  for (auto& [name, part] : kParts) {
    if (!(selection.*part)) {
      all = false;
      continue;
    }
    if (!out.empty()) out += ',';
    out += name;
  }
  return all ? "all" : out;
}

extract::AnalyzerOptions analyzer_options(const Selection& selection,
                                          extract::AnalyzerOptions base) {
  base.keywords = selection.keywords;
  base.quantities = selection.quantities();
  base.slogans = selection.slogans;
  return base;
}

bool selected(const Selection& selection, extract::QuantityKind kind) noexcept {
  switch (kind) {
    case extract::QuantityKind::target:
      return selection.targets;
    case extract::QuantityKind::achievement:
      return selection.achievements;
    case extract::QuantityKind::mention:
      return selection.mentions;
  }
  return false;
}

}  // namespace zz::report
