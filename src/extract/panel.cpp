// panel_rows(): from a report's quantities with canonical ids, the headline of each
// (indicator, kind, period), in the indicator's unit, with the op and sign of INDICATORS.md.
#include "zzreport/extract/panel.hpp"

#include <algorithm>
#include <cmath>

#include "zzreport/text/numerals.hpp"

namespace zz::extract {
namespace {

/// The value of 1 of `unit` in its base unit (亿元: 1e8), from its magnitude characters.
double unit_factor(const Quantity& q) {
  if (q.value && q.magnitude && *q.value != 0) return *q.magnitude / *q.value;
  std::string_view unit = q.unit;
  if (unit.size() >= q.base_unit.size() && unit.ends_with(q.base_unit))
    unit.remove_suffix(q.base_unit.size());
  return text::magnitude_value(unit).value_or(1);
}

/// Six decimals at most: 5.2万亿元 is 52000 亿元, not 52000.000000000007.
double rounded(double v) { return std::round(v * 1e6) / 1e6; }

std::string panel_op(const Quantity& q, const IndicatorTable& table) {
  switch (q.op) {
    case Op::gt:
      return "gt";
    case Op::ge:
      return "ge";
    case Op::lt:
    case Op::le:
      return "le";
    case Op::approx:
      return "approx";
    case Op::range:
      return "range";
    case Op::eq:
    case Op::inc:
    case Op::dec:
      break;
  }
  // A target 控制在 X (no 以内, no 左右) is a ceiling.
  if (q.kind == QuantityKind::target) {
    for (const std::string& w : table.ceiling_words()) {
      if (q.quote.find(w) != std::string::npos) return "le";
    }
  }
  return "eq";
}

/// A target, or a result about the year the report plans for, which no report can state yet: an
/// expectation (periods.cpp, #this_year), so a target too.
std::string kind_of(const Quantity& q, std::optional<int> year) {
  if (q.kind == QuantityKind::target || (year && q.period == std::to_string(*year)))
    return "target";
  return "outcome";
}

PanelRow row_of(const Quantity& q, const IndicatorDef& def, const IndicatorTable& table,
                std::optional<int> year) {
  PanelRow row;
  row.indicator = def.id;
  row.kind = kind_of(q, year);
  row.period = q.period;
  row.op = panel_op(q, table);
  double factor = def.measure == Measure::level ? unit_factor(q) / def.scale : 1;
  // A decline keeps its sign in a growth (a reduction's value is the decline; a rate 降到5.2% is
  // a level).
  double sign = def.measure == Measure::growth && q.change == Change::decrease ? -1 : 1;
  auto convert = [&](std::optional<double> v) -> std::optional<double> {
    if (!v) return v;
    return rounded(*v * factor * sign);
  };
  row.value = convert(q.value);
  row.min = convert(q.min);
  row.max = convert(q.max);
  if (row.min && row.max && *row.min > *row.max) std::swap(row.min, row.max);
  if (q.op == Op::range) row.value.reset();
  row.unit = def.unit;
  if (q.hedge != Hedge::none && q.hedge != Hedge::approx)
    row.hedge = std::string(to_string(q.hedge));
  row.quote = q.quote;
  row.quote_span = q.quote_span;
  return row;
}

}  // namespace

std::vector<PanelRow> panel_rows(const std::vector<Quantity>& quantities,
                                 const IndicatorTable& table, std::optional<int> year,
                                 const std::vector<std::string>& only) {
  std::vector<PanelRow> rows;
  std::vector<std::size_t> order;  // index of each row's indicator in the table
  for (const Quantity& q : quantities) {
    if (q.indicator_id.empty() || q.period.empty()) continue;
    if (!only.empty() && std::find(only.begin(), only.end(), q.indicator_id) == only.end())
      continue;
    std::string kind = kind_of(q, year);
    // The headline is the report's first statement of the key: the review's opening summary
    // comes before its subsections, the targets paragraph before the work sections.
    bool seen = std::any_of(rows.begin(), rows.end(), [&](const PanelRow& r) {
      return r.indicator == q.indicator_id && r.kind == kind && r.period == q.period;
    });
    if (seen) continue;
    const IndicatorDef* def = table.find(q.indicator_id);
    if (!def) continue;
    rows.push_back(row_of(q, *def, table, year));
    order.push_back(static_cast<std::size_t>(def - table.indicators().data()));
  }
  std::vector<std::size_t> index(rows.size());
  for (std::size_t i = 0; i < index.size(); ++i) index[i] = i;
  std::stable_sort(index.begin(), index.end(), [&](std::size_t a, std::size_t b) {
    const PanelRow& x = rows[a];
    const PanelRow& y = rows[b];
    if (x.kind != y.kind) return x.kind > y.kind;  // target before outcome
    if (order[a] != order[b]) return order[a] < order[b];
    return x.period < y.period;
  });
  std::vector<PanelRow> sorted;
  sorted.reserve(rows.size());
  for (std::size_t i : index) sorted.push_back(std::move(rows[i]));
  return sorted;
}

}  // namespace zz::extract
