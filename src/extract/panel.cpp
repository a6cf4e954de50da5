// panel_rows(): from a report's quantities with canonical ids, the headline of each
// (indicator, kind, period), in the indicator's unit, with the op and sign of INDICATORS.md.
#include "zzreport/extract/panel.hpp"

#include <algorithm>
#include <cmath>

#include "figure_context.hpp"
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

bool starts_with_any(std::string_view text, const std::vector<std::string>& words) {
  return std::any_of(words.begin(), words.end(),
                     [&](const std::string& w) { return text.starts_with(w); });
}

/// The end of the list the number stands in: the rest of its clause after the number.
std::string_view list_rest(const Place& place) {
  std::string_view after = place.after();
  std::size_t end = after.size();
  for (std::string_view b : {"，", "；", "。", "："}) end = std::min(end, after.find(b));
  return after.substr(0, end);
}

std::string panel_op(const Quantity& q, const IndicatorTable& table, const Place& place) {
  std::string_view after = place.after();
  if (after.starts_with(q.value_text)) after.remove_prefix(q.value_text.size());
  // 5800多人, 1000多万人: more than the figure (多 may be read with the number: "5800多").
  bool more_in_number =
      std::any_of(table.words("more").begin(), table.words("more").end(),
                  [&](const std::string& w) { return q.value_text.ends_with(w); });
  if (q.op == Op::approx && q.hedge != Hedge::approx &&
      (more_in_number || starts_with_any(after, table.words("more")) ||
       (after.starts_with(q.unit) &&
        starts_with_any(after.substr(q.unit.size()), table.words("more")))))
    return "ge";
  // 分别增长4%和10%以上: the qualifier closing the list covers each of its figures.
  if ((q.op == Op::eq || q.op == Op::inc || q.op == Op::dec) &&
      (place.before().find("分别") != std::string_view::npos ||
       clause_list_start(place.before(), place.after()) != std::string_view::npos)) {
    std::string_view rest = list_rest(place);
    for (auto [directive, op] :
         {std::pair{"list_ge", "ge"}, {"list_le", "le"}, {"list_approx", "approx"}}) {
      for (const std::string& w : table.words(directive)) {
        if (rest.ends_with(w)) return op;
      }
    }
  }
  switch (q.op) {
    case Op::gt:
    case Op::ge:
    case Op::approx:
    case Op::range:
      return std::string(to_string(q.op));
    case Op::lt:
    case Op::le:
      return "le";
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

/// A figure about the year the report plans for or later is a target: no report states its own
/// year's outcome (an expectation, periods.cpp #this_year), and a five-year review that the
/// upstream kind took for a plan is a result (periods.cpp). The period's last year decides.
std::string kind_of(const Quantity& q, std::optional<int> year) {
  std::string_view period = q.period;
  std::size_t dash = period.find('-');
  std::string_view last = dash == std::string_view::npos ? period : period.substr(dash + 1);
  int end = 0;
  for (char c : last) end = end * 10 + (c - '0');
  if (!year) return q.kind == QuantityKind::target ? "target" : "outcome";
  return end >= *year ? "target" : "outcome";
}

PanelRow row_of(const Quantity& q, const IndicatorDef& def, const IndicatorTable& table,
                std::optional<int> year, const Place& place) {
  PanelRow row;
  row.indicator = def.id;
  row.kind = kind_of(q, year);
  row.period = q.period;
  row.op = panel_op(q, table, place);
  double factor = def.measure == Measure::level ? unit_factor(q) / def.scale : 1;
  if (def.measure == Measure::growth && q.base_unit == "倍") factor = 100;  // 增长1.36倍: 136%
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

std::vector<PanelRow> panel_rows(const text::Document& doc, const std::vector<Quantity>& quantities,
                                 const IndicatorTable& table,
                                 const std::vector<std::string>& only) {
  std::vector<PanelRow> rows;
  std::vector<std::size_t> order;  // index of each row's indicator in the table
  std::vector<bool> annual;        // the row's figure is an annual average (年均)
  auto holds_any = [](std::string_view text, const std::vector<std::string>& words) {
    return std::any_of(words.begin(), words.end(), [&](const std::string& w) {
      return text.find(w) != std::string_view::npos;
    });
  };
  for (const Quantity& q : quantities) {
    if (q.indicator_id.empty() || q.period.empty()) continue;
    if (!only.empty() && std::find(only.begin(), only.end(), q.indicator_id) == only.end())
      continue;
    const IndicatorDef* def = table.find(q.indicator_id);
    if (!def) continue;
    Place place = place_of(doc, q);
    std::string_view clause = clauses_before(place.sentence, place.number, 1);
    // 经济总量从1.05万亿元增加到1.61万亿元: the first figure is where the change started.
    if (def->measure == Measure::level && holds_any(clause, table.words("base_from")) &&
        holds_any(list_rest(place), table.words("base_to")))
      continue;
    std::string kind = kind_of(q, doc.year);
    bool is_annual = holds_any(clause, table.words("annual"));
    // The headline is the report's first statement of the key: the review's opening summary
    // comes before its subsections, the targets paragraph before the work sections; an annual
    // average is preferred over a cumulative figure for the same span.
    auto seen = std::find_if(rows.begin(), rows.end(), [&](const PanelRow& r) {
      return r.indicator == q.indicator_id && r.kind == kind && r.period == q.period;
    });
    if (seen != rows.end()) {
      auto at = static_cast<std::size_t>(seen - rows.begin());
      if (is_annual && !annual[at]) {
        *seen = row_of(q, *def, table, doc.year, place);
        annual[at] = true;
      }
      continue;
    }
    rows.push_back(row_of(q, *def, table, doc.year, place));
    order.push_back(static_cast<std::size_t>(def - table.indicators().data()));
    annual.push_back(is_annual);
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
