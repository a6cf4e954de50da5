// Labels shared by the Markdown and terminal writers.
#include "labels.hpp"

#include <fmt/format.h>

#include <array>
#include <utility>

namespace zz::report::detail {

std::string format_number(double value) { return fmt::format("{}", value); }

std::string_view comparator_label(extract::Op op) {
  switch (op) {
    case extract::Op::gt:
      return "超过";
    case extract::Op::ge:
      return "≥";
    case extract::Op::lt:
      return "低于";
    case extract::Op::le:
      return "≤";
    case extract::Op::approx:
      return "约";
    case extract::Op::inc:
      return "增加";
    case extract::Op::dec:
      return "下降";
    case extract::Op::eq:
    case extract::Op::range:
      return {};
  }
  return {};
}

std::string quantity_label(const extract::Quantity& q) {
  std::string value = q.value_text;
  if (value.empty()) {
    if (q.value) {
      value = format_number(*q.value);
    } else if (q.min && q.max) {
      value = format_number(*q.min) + "-" + format_number(*q.max);
    }
  }
  if (value.empty()) return "—";
  std::string_view comparator = comparator_label(q.op);
  std::string out;
  // 下降 ≥ 15% rather than ≥ 15% for 能耗下降15%以上; inc and dec already say it (增加 1000家). A
  // rate grows (增长 ≥ 8%), a count is added to (增加 2-3个).
  if (q.op != extract::Op::inc && q.op != extract::Op::dec && q.change != extract::Change::none) {
    bool rate = q.unit.find('%') != std::string::npos || q.unit.find("百分点") != std::string::npos;
    if (q.change == extract::Change::increase)
      out += rate ? "增长 " : "增加 ";
    else
      out += rate ? "下降 " : "减少 ";
  }
  if (!comparator.empty()) {
    out += comparator;
    out += ' ';
  }
  out += value;
  out += q.unit;
  return out;
}

std::string horizon_label(const extract::Quantity& q) {
  if (!q.horizon_year) return q.horizon;
  std::string year = std::to_string(*q.horizon_year);
  if (q.horizon.empty()) return year + "年";
  if (q.horizon.find(year) != std::string::npos) return q.horizon;
  return q.horizon + "（" + year + "）";
}

std::string section_label(const text::Document& doc, std::optional<std::uint32_t> section) {
  if (!section || *section >= doc.sections.size()) return {};
  const text::Section& s = doc.sections[*section];
  return s.marker + s.title;
}

std::string_view level_label(std::string_view level) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 4> kLabels{{
      {"national", "国家级"},
      {"provincial", "省级"},
      {"city", "市级"},
      {"county", "区县级"},
  }};
  for (auto& [name, label] : kLabels) {
    if (name == level) return label;
  }
  return level;
}

}  // namespace zz::report::detail
