// compare(): target matching by (indicator, base unit) in document order, term presence by text
// search.
#include "zzreport/extract/compare.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <utility>

namespace zz::extract {
namespace {

/// The number a target compares by, when it has one.
std::optional<double> comparable_value(const Quantity& q) {
  if (q.magnitude) return q.magnitude;
  if (q.value) return q.value;
  if (q.min && q.max) return (*q.min + *q.max) / 2;
  return std::nullopt;
}

TargetChange change_between(const Quantity& old_q, const Quantity& new_q) {
  std::optional<double> a = comparable_value(old_q);
  std::optional<double> b = comparable_value(new_q);
  if (!a || !b) return TargetChange::unchanged;
  // Relative tolerance: 5000亿元 written as 0.5万亿元 is the same target.
  double tolerance = 1e-9 * std::max(std::abs(*a), std::abs(*b));
  if (*b > *a + tolerance) return TargetChange::raised;
  if (*b < *a - tolerance) return TargetChange::lowered;
  return TargetChange::unchanged;
}

std::string target_key(const Quantity& q) { return q.indicator + '\x1f' + q.base_unit; }

std::vector<TargetComparison> compare_targets(const Analysis& old_a, const Analysis& new_a) {
  // For each key, the new targets in document order, consumed as old ones claim them.
  std::map<std::string, std::vector<std::size_t>> unclaimed;
  for (std::size_t i = new_a.quantities.size(); i-- > 0;) {
    const Quantity& q = new_a.quantities[i];
    if (q.kind == QuantityKind::target)
      unclaimed[target_key(q)].push_back(i);  // reversed: pop_back
  }
  std::vector<bool> claimed(new_a.quantities.size(), false);
  std::vector<TargetComparison> out;
  for (const Quantity& q : old_a.quantities) {
    if (q.kind != QuantityKind::target) continue;
    TargetComparison c;
    c.indicator = q.indicator;
    c.old_target = q;
    auto it = unclaimed.find(target_key(q));
    if (it == unclaimed.end() || it->second.empty()) {
      c.change = TargetChange::dropped;
    } else {
      std::size_t j = it->second.back();
      it->second.pop_back();
      claimed[j] = true;
      c.new_target = new_a.quantities[j];
      c.change = change_between(q, *c.new_target);
    }
    out.push_back(std::move(c));
  }
  for (std::size_t j = 0; j < new_a.quantities.size(); ++j) {
    const Quantity& q = new_a.quantities[j];
    if (q.kind != QuantityKind::target || claimed[j]) continue;
    out.push_back({TargetChange::added, q.indicator, std::nullopt, q});
  }
  return out;
}

/// Whether `term` occurs in the report: in its text when known, else among its listed terms.
bool occurs(const ComparedReport& report, const std::string& term,
            const std::vector<std::string>& listed) {
  if (report.document != nullptr) return report.document->text.find(term) != std::string::npos;
  for (const std::string& t : listed) {
    if (t == term) return true;
  }
  return false;
}

template <typename Item, typename TextOf>
std::vector<TermComparison> compare_terms(const ComparedReport& old_r,
                                          const std::vector<Item>& old_items,
                                          const ComparedReport& new_r,
                                          const std::vector<Item>& new_items, TextOf text_of) {
  std::vector<std::string> old_texts;
  std::vector<std::string> new_texts;
  for (const Item& item : old_items) old_texts.push_back(text_of(item));
  for (const Item& item : new_items) new_texts.push_back(text_of(item));
  std::vector<TermComparison> out;
  for (const Item& item : new_items) {
    if (!occurs(old_r, text_of(item), old_texts)) out.push_back({text_of(item), true, item.count});
  }
  for (const Item& item : old_items) {
    if (!occurs(new_r, text_of(item), new_texts)) out.push_back({text_of(item), false, item.count});
  }
  return out;
}

}  // namespace

Comparison compare(const ComparedReport& old_report, const ComparedReport& new_report) {
  const Analysis& old_a = *old_report.analysis;
  const Analysis& new_a = *new_report.analysis;
  Comparison c;
  c.targets = compare_targets(old_a, new_a);
  c.slogans = compare_terms(old_report, old_a.slogans, new_report, new_a.slogans,
                            [](const Slogan& s) { return s.text; });
  c.keywords = compare_terms(old_report, old_a.keywords, new_report, new_a.keywords,
                             [](const Keyword& k) { return k.term; });
  return c;
}

std::string_view to_string(TargetChange change) noexcept {
  switch (change) {
    case TargetChange::raised:
      return "raised";
    case TargetChange::lowered:
      return "lowered";
    case TargetChange::unchanged:
      return "unchanged";
    case TargetChange::dropped:
      return "dropped";
    case TargetChange::added:
      return "added";
  }
  return "unchanged";
}

}  // namespace zz::extract
