// extract_quantities(): recognition, classification and milestones, paragraph by paragraph.
#include "zzreport/extract/quantities.hpp"

#include <algorithm>
#include <cmath>  // std::isfinite

#include "classify.hpp"
#include "clauses.hpp"
#include "quantity_kind.hpp"
#include "quantity_scan.hpp"
#include "rule_tables.hpp"
#include "zzreport/text/error.hpp"
#include "zzreport/text/numerals.hpp"

namespace zz::extract {

using text::year_at;

namespace {

using detail::RuleTables;
using text::ByteRange;

Quantity make_quantity(const text::Document& doc, std::optional<int> year, const QuantityContext& c,
                       const QuantityMatch& m, Phase phase, bool target_lead,
                       const Horizon& lead_horizon) {
  Quantity q;
  q.kind = kind_of(c, m, phase, target_lead, year, is_plan_document(doc));
  q.op = op_of(c, m);
  q.change = change_of(c, m);
  q.hedge = hedge_of(c, m);
  Horizon h = horizon_of(c, m, year);
  if (h.text.empty() && target_lead) h = lead_horizon;
  q.horizon = h.text;
  q.horizon_year = h.year;
  q.value_text = std::string(doc.slice(m.numeral));
  if (m.value.range) {
    q.min = m.value.min;
    q.max = m.value.max;
  } else {
    q.value = m.value.min;
    // 308 nines of 亿元 overflow a double: no magnitude rather than infinity.
    if (double magnitude = m.value.min * m.scale; std::isfinite(magnitude)) q.magnitude = magnitude;
  }
  q.unit = m.unit;
  q.base_unit = m.base_unit;
  q.indicator = indicator_of(c, m);
  ByteRange quote = quote_of(c, m, q.indicator);
  q.span = doc.span_of(m.range);
  q.quote_span = doc.span_of(quote);
  q.quote = std::string(doc.slice(quote));
  return q;
}

/// 到2035年基本建成现代化: a dated goal without a number, as a target without a value.
void add_milestones(const RuleTables& rules, const text::Document& doc, std::optional<int> year,
                    ByteRange paragraph, Phase phase, const std::vector<QuantityMatch>& matches,
                    std::vector<Quantity>& out) {
  std::string_view text = doc.text;
  for (std::uint32_t i = paragraph.begin; i + 3 < paragraph.end;) {
    std::size_t at = text.substr(0, paragraph.end).find("到", i);
    if (at == std::string_view::npos) break;
    i = static_cast<std::uint32_t>(at);
    const std::uint32_t len = 3;
    // 到2035年, 到本世纪中叶: a date must follow (提高到5%, 达到 are far more common).
    bool dated = year_at(text, i + len) ||
                 std::any_of(rules.dated.begin(), rules.dated.end(), [&](const auto& d) {
                   return d.absolute && starts_at(text, i + len, d.word);
                 });
    if (!dated) {
      i += len;
      continue;
    }
    ByteRange clause = clause_around(text, paragraph, i, i, ClauseLevel::clause);
    Horizon h = find_horizon(rules, text, {i, clause.end}, clause.end, year);
    bool future = h.year && (year ? *h.year > *year : phase != Phase::review);
    bool numbered = std::any_of(matches.begin(), matches.end(), [&](const QuantityMatch& m) {
      return m.range.begin >= clause.begin && m.range.end <= clause.end;
    });
    std::string_view rest = text.substr(h.range.end, clause.end - h.range.end);
    bool goal = std::any_of(rules.goals.begin(), rules.goals.end(), [&](std::string_view w) {
      return rest.find(w) != std::string_view::npos;
    });
    if (h.text.empty() || h.range.begin != i + 3 || !future || numbered || !goal ||
        rest.size() < 6) {
      i += len;
      continue;
    }
    ByteRange quote{i, clause.end};
    Quantity q;
    q.kind = QuantityKind::target;
    q.op = Op::eq;
    q.horizon = h.text;
    q.horizon_year = h.year;
    q.indicator = std::string(rest);
    q.span = doc.span_of(quote);
    q.quote_span = q.span;
    q.quote = std::string(doc.slice(quote));
    out.push_back(std::move(q));
    i = clause.end;
  }
}

}  // namespace

std::vector<Quantity> extract_quantities(const text::Document& doc,
                                         const QuantityRules& quantity_rules,
                                         const segment::Segmenter* segmenter) {
  if (!quantity_rules.loaded()) {
    throw Error(ErrorKind::usage,
                "extract_quantities() needs the quantity rules (QuantityRules::load)");
  }
  const RuleTables& rules = quantity_rules.tables();
  std::vector<Quantity> out;
  // The year the report was given (今年 is that year), not Document::year, the year it plans for.
  std::optional<int> year = doc.stated_year;
  std::vector<Phase> phases = paragraph_phases(quantity_rules, doc, year);
  std::vector<std::optional<std::uint32_t>> sections = paragraph_sections(doc);
  std::string_view text = doc.text;
  for (std::size_t p = 0; p < doc.paragraphs.size(); ++p) {
    ByteRange paragraph = doc.paragraphs[p].range;
    std::vector<QuantityMatch> matches = scan_quantities(text, paragraph, quantity_rules);
    std::size_t first = out.size();
    if (!matches.empty()) {
      std::optional<std::uint32_t> announcement =
          target_announcement(quantity_rules, text, paragraph, matches.front().range.begin);
      Horizon lead_horizon;
      if (announcement) lead_horizon = find_horizon(rules, text, paragraph, *announcement, year);
      std::uint32_t clause_begin = paragraph.end, list_head = 0;
      for (const QuantityMatch& m : matches) {
        QuantityContext c = context_of(text, paragraph, m, rules);
        c.segmenter = segmenter;
        // A verb before the first quantity of a clause is shared by the list that follows.
        if (c.clause.begin != clause_begin && m.unit_class != UnitClass::time)
          clause_begin = c.clause.begin, list_head = m.range.begin;
        if (c.clause.begin != clause_begin) list_head = m.range.begin;
        c.list_head = list_head;
        bool lead = announcement && *announcement < m.range.begin;
        out.push_back(make_quantity(doc, year, c, m, phases[p], lead, lead_horizon));
      }
    }
    add_milestones(rules, doc, year, paragraph, phases[p], matches, out);
    for (std::size_t k = first; k < out.size(); ++k) out[k].section = sections[p];
    std::stable_sort(
        out.begin() + static_cast<std::ptrdiff_t>(first), out.end(),
        [](const Quantity& a, const Quantity& b) { return a.span.begin < b.span.begin; });
  }
  return out;
}

}  // namespace zz::extract
