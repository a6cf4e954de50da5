// compare_to_json / compare_to_markdown / compare_to_text: the renderings of a Comparison.
#include <fmt/format.h>

#include <nlohmann/json.hpp>
#include <string_view>
#include <vector>

#include "json_dump.hpp"
#include "zzreport/report/compare_writers.hpp"
#include "zzreport/report/writers.hpp"

namespace zz::report {
namespace {

using extract::Comparison;
using extract::TargetChange;
using extract::TargetComparison;
using extract::TermComparison;
using nlohmann::ordered_json;

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

ordered_json side_json(const std::string& path, const std::string& title, std::optional<int> year) {
  return {{"path", path},
          {"title", title.empty() ? ordered_json(nullptr) : ordered_json(title)},
          {"year", year ? ordered_json(*year) : ordered_json(nullptr)}};
}

ordered_json target_side_json(const std::optional<extract::Quantity>& q) {
  if (!q) return nullptr;
  ordered_json j;
  j["value_text"] = q->value_text;
  j["value"] = q->value ? ordered_json(*q->value) : ordered_json(nullptr);
  j["unit"] = q->unit;
  j["op"] = extract::to_string(q->op);
  j["hedge"] = q->hedge == extract::Hedge::none ? ordered_json(nullptr)
                                                : ordered_json(extract::to_string(q->hedge));
  j["horizon"] = q->horizon.empty() ? ordered_json(nullptr) : ordered_json(q->horizon);
  j["quote"] = q->quote;
  j["span"] = ordered_json::array({q->span.begin, q->span.end});
  return j;
}

ordered_json terms_json(const std::vector<TermComparison>& terms, bool added) {
  ordered_json out = ordered_json::array();
  for (const TermComparison& t : terms) {
    if (t.added == added) out.push_back({{"text", t.text}, {"count", t.count}});
  }
  return out;
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
  ordered_json root;
  root["schema_version"] = kSchemaVersion;
  root["old"] = side_json(input.old_path, input.old_title, input.old_year);
  root["new"] = side_json(input.new_path, input.new_title, input.new_year);
  ordered_json summary;
  for (TargetChange change : {TargetChange::raised, TargetChange::lowered, TargetChange::unchanged,
                              TargetChange::dropped, TargetChange::added}) {
    summary[std::string(extract::to_string(change))] = count_changes(c, change);
  }
  root["summary"] = std::move(summary);
  ordered_json targets = ordered_json::array();
  for (const TargetComparison& t : c.targets) {
    targets.push_back({{"indicator", t.indicator},
                       {"change", extract::to_string(t.change)},
                       {"old", target_side_json(t.old_target)},
                       {"new", target_side_json(t.new_target)}});
  }
  root["targets"] = std::move(targets);
  root["slogans"] = {{"added", terms_json(c.slogans, true)},
                     {"dropped", terms_json(c.slogans, false)}};
  root["keywords"] = {{"added", terms_json(c.keywords, true)},
                      {"dropped", terms_json(c.keywords, false)}};
  return dump_json(root, true) + "\n";
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
