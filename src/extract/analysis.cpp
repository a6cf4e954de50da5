// The names of the Analysis enums, as every writer prints them (docs/json.md).
#include "zzreport/extract/analysis.hpp"

namespace zz::extract {

std::string_view to_string(QuantityKind kind) {
  switch (kind) {
    case QuantityKind::target:
      return "target";
    case QuantityKind::achievement:
      return "achievement";
    case QuantityKind::mention:
      return "mention";
  }
  return "mention";
}

std::string_view to_string(Op op) {
  switch (op) {
    case Op::eq:
      return "eq";
    case Op::gt:
      return "gt";
    case Op::ge:
      return "ge";
    case Op::lt:
      return "lt";
    case Op::le:
      return "le";
    case Op::approx:
      return "approx";
    case Op::range:
      return "range";
    case Op::inc:
      return "inc";
    case Op::dec:
      return "dec";
  }
  return "eq";
}

std::string_view to_string(Change change) {
  switch (change) {
    case Change::none:
      return "";
    case Change::increase:
      return "increase";
    case Change::decrease:
      return "decrease";
  }
  return "";
}

std::string_view to_string(Hedge hedge) {
  // The words themselves: researchers filter on them (select(.hedge=="力争")).
  switch (hedge) {
    case Hedge::none:
      return "";
    case Hedge::strive:
      return "力争";
    case Hedge::ensure:
      return "确保";
    case Hedge::seek:
      return "争取";
    case Hedge::approx:
      return "左右";
  }
  return "";
}

}  // namespace zz::extract
