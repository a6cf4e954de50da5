// kind_name() and selected(): how a quantity's kind is named and chosen, for every writer.
#include "zzreport/report/writers.hpp"

namespace zz::report {

std::string_view kind_name(extract::QuantityKind kind) noexcept {
  switch (kind) {
    case extract::QuantityKind::target:
      return "target";
    case extract::QuantityKind::achievement:
      return "achievement";
    case extract::QuantityKind::mention:
      return "mention";
  }
  return "mention";
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
