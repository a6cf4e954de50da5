// compare_to_json / compare_to_markdown / compare_to_text: the renderings of a Comparison.
#include <fmt/format.h>

#include <string_view>
#include <vector>

#include "json_values.hpp"
#include "zzreport/report/compare_writers.hpp"
#include "zzreport/report/json.hpp"
#include "zzreport/report/writers.hpp"

namespace zz::report {
namespace {

using detail::member;
using detail::OrNull;
using extract::Comparison;
using extract::TargetChange;
using extract::TargetComparison;
using extract::TermComparison;

std::string_view op_symbol(extract::Op op) {
  switch (op) {
    case extract::Op::gt:
      return ">";
    case extract::Op::ge:
      return "≥";
    case extract::Op::lt:
      return "<";
    case extract::Op::le:
      return "≤";
    case extract::Op::approx:
      return "≈";
    case extract::Op::inc:
      return "+";
    case extract::Op::dec:
      return "−";
    case extract::Op::eq:
    case extract::Op::range:
      return "";
  }
  return "";
}

void write_side(JsonWriter& w, const std::string& path, const std::string& title,
                std::optional<int> year) {
  w.begin_object();
  member(w, "path", path);
  member(w, "title", OrNull{title});
  member(w, "year", year);
  w.end_object();
}

void write_target_side(JsonWriter& w, const std::optional<extract::Quantity>& q) {
  if (!q) {
    w.null();
    return;
  }
  w.begin_object();
  member(w, "value_text", q->value_text);
  w.key("value");
  if (q->value) {
    w.number(*q->value);  // always as a double (5000.0), unlike the quantities of `analyze`
  } else {
    w.null();
  }
  member(w, "unit", q->unit);
  member(w, "op", extract::to_string(q->op));
  member(w, "hedge", OrNull{extract::to_string(q->hedge)});
  member(w, "horizon", OrNull{q->horizon});
  member(w, "quote", q->quote);
  member(w, "span", q->span);
  w.end_object();
}

void write_terms(JsonWriter& w, const std::vector<TermComparison>& terms, bool added) {
  w.begin_array();
  for (const TermComparison& t : terms) {
    if (t.added != added) continue;
    w.begin_object();
    member(w, "text", t.text);
    member(w, "count", t.count);
    w.end_object();
  }
  w.end_array();
}

/// {"added": [...], "dropped": [...]}
void write_term_changes(JsonWriter& w, const std::vector<TermComparison>& terms) {
  w.begin_object();
  w.key("added");
  write_terms(w, terms, true);
  w.key("dropped");
  write_terms(w, terms, false);
  w.end_object();
}

std::size_t count_changes(const Comparison& c, TargetChange change) {
  std::size_t n = 0;
  for (const TargetComparison& t : c.targets) n += t.change == change;
  return n;
}

std::string name_of(const std::string& path, const std::string& title, std::optional<int> year) {
  std::string name = title.empty() ? path : title;
  if (year && name.find(std::to_string(*year)) == std::string::npos)
    name += fmt::format("（{}）", *year);
  return name;
}

std::string_view change_label(TargetChange change) {
  switch (change) {
    case TargetChange::raised:
      return "提高";
    case TargetChange::lowered:
      return "降低";
    case TargetChange::unchanged:
      return "持平";
    case TargetChange::dropped:
      return "不再提出";
    case TargetChange::added:
      return "新提出";
  }
  return "";
}

std::string side_label(const std::optional<extract::Quantity>& q) {
  return q ? target_value_label(*q) : "—";
}

std::string terms_line(const std::vector<TermComparison>& terms, bool added) {
  std::vector<std::string> items;
  for (const TermComparison& t : terms) {
    if (t.added == added) items.push_back(fmt::format("{}（{}）", t.text, t.count));
  }
  return items.empty() ? std::string("无") : fmt::format("{}", fmt::join(items, "、"));
}

/// Markdown table cells must not contain '|' or line breaks.
std::string cell(std::string_view text) {
  std::string out;
  for (char ch : text) {
    if (ch == '|')
      out += "\\|";
    else if (ch == '\n' || ch == '\r')
      out += ' ';
    else
      out += ch;
  }
  return out;
}

}  // namespace

std::string target_value_label(const extract::Quantity& q) {
  return fmt::format("{}{}{}", op_symbol(q.op), q.value_text, q.unit);
}

std::string compare_to_json(const CompareInput& input) {
  const Comparison& c = *input.comparison;
  std::string out;
  JsonWriter w(out);
  w.begin_object();
  member(w, "schema_version", kSchemaVersion);
  w.key("old");
  write_side(w, input.old_path, input.old_title, input.old_year);
  w.key("new");
  write_side(w, input.new_path, input.new_title, input.new_year);
  w.key("summary");
  w.begin_object();
  for (TargetChange change : {TargetChange::raised, TargetChange::lowered, TargetChange::unchanged,
                              TargetChange::dropped, TargetChange::added}) {
    member(w, extract::to_string(change), count_changes(c, change));
  }
  w.end_object();
  w.key("targets");
  w.begin_array();
  for (const TargetComparison& t : c.targets) {
    w.begin_object();
    member(w, "indicator", t.indicator);
    member(w, "change", extract::to_string(t.change));
    w.key("old");
    write_target_side(w, t.old_target);
    w.key("new");
    write_target_side(w, t.new_target);
    w.end_object();
  }
  w.end_array();
  w.key("slogans");
  write_term_changes(w, c.slogans);
  w.key("keywords");
  write_term_changes(w, c.keywords);
  w.end_object();
  return out + "\n";
}

std::string compare_to_markdown(const CompareInput& input) {
  const Comparison& c = *input.comparison;
  std::string out =
      fmt::format("# 对比：{} → {}\n\n", name_of(input.old_path, input.old_title, input.old_year),
                  name_of(input.new_path, input.new_title, input.new_year));
  out += fmt::format("`{}` → `{}`\n\n", input.old_path, input.new_path);
  out +=
      fmt::format("## 目标（提高 {}，降低 {}，持平 {}，不再提出 {}，新提出 {}）\n\n",
                  count_changes(c, TargetChange::raised), count_changes(c, TargetChange::lowered),
                  count_changes(c, TargetChange::unchanged),
                  count_changes(c, TargetChange::dropped), count_changes(c, TargetChange::added));
  if (c.targets.empty()) {
    out += "两份报告都没有找到目标。\n\n";
  } else {
    out += "| 指标 | 变化 | 原目标 | 新目标 |\n| --- | --- | --- | --- |\n";
    for (const TargetComparison& t : c.targets) {
      out += fmt::format("| {} | {} | {} | {} |\n", cell(t.indicator), change_label(t.change),
                         cell(side_label(t.old_target)), cell(side_label(t.new_target)));
    }
    out += '\n';
  }
  out += fmt::format("## 提法\n\n- 新出现：{}\n- 不再出现：{}\n\n", terms_line(c.slogans, true),
                     terms_line(c.slogans, false));
  out += fmt::format("## 关键词\n\n- 新出现：{}\n- 不再出现：{}\n", terms_line(c.keywords, true),
                     terms_line(c.keywords, false));
  return out;
}

std::string compare_to_text(const CompareInput& input) {
  const Comparison& c = *input.comparison;
  std::string out =
      fmt::format("{} → {}\n", name_of(input.old_path, input.old_title, input.old_year),
                  name_of(input.new_path, input.new_title, input.new_year));
  out +=
      fmt::format("目标：提高 {}，降低 {}，持平 {}，不再提出 {}，新提出 {}\n",
                  count_changes(c, TargetChange::raised), count_changes(c, TargetChange::lowered),
                  count_changes(c, TargetChange::unchanged),
                  count_changes(c, TargetChange::dropped), count_changes(c, TargetChange::added));
  for (const TargetComparison& t : c.targets) {
    out += fmt::format("  {:<6} {}  {} → {}\n", change_label(t.change), t.indicator,
                       side_label(t.old_target), side_label(t.new_target));
  }
  out += fmt::format("提法 新出现：{}\n提法 不再出现：{}\n", terms_line(c.slogans, true),
                     terms_line(c.slogans, false));
  out += fmt::format("关键词 新出现：{}\n关键词 不再出现：{}\n", terms_line(c.keywords, true),
                     terms_line(c.keywords, false));
  return out;
}

}  // namespace zz::report
