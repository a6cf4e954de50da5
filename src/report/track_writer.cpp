// CSV, JSON Lines, Markdown and HTML renderings of track rows.
#include "zzreport/report/track_writer.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <map>

#include "csv_field.hpp"
#include "html_page.hpp"
#include "json_values.hpp"
#include "labels.hpp"
#include "table.hpp"
#include "zzreport/report/svg.hpp"

namespace zz::report {
namespace {

using detail::csv_field;
using extract::TrackRow;

std::string number(std::optional<double> v) {
  return v ? detail::format_number(*v) : std::string();
}

/// ≥ 7, 6–6.5, ≈ 3: a target for a person.
std::string target_label(const TrackRow& t) {
  if (t.target_op.empty()) return "–";
  if (t.target_op == "range") return number(t.target_min) + "–" + number(t.target_max);
  std::string_view sign = t.target_op == "ge"       ? "≥ "
                          : t.target_op == "gt"     ? "> "
                          : t.target_op == "le"     ? "≤ "
                          : t.target_op == "approx" ? "≈ "
                                                    : "";
  return std::string(sign) + number(t.target_value);
}

/// The indicators of `rows`, sorted.
std::vector<std::string> indicators_of(const std::vector<TrackRow>& rows) {
  std::vector<std::string> out;
  for (const TrackRow& t : rows) {
    if (std::find(out.begin(), out.end(), t.indicator) == out.end()) out.push_back(t.indicator);
  }
  std::sort(out.begin(), out.end());
  return out;
}

/// The year of an annual period ("2019"); none for a span ("2016-2020").
std::optional<int> annual(const std::string& period) {
  if (period.size() != 4 || !std::all_of(period.begin(), period.end(), [](char c) {
        return std::isdigit(static_cast<unsigned char>(c)) != 0;
      })) {
    return std::nullopt;
  }
  return std::stoi(period);
}

/// The chart of one region's indicator: the target line, the outcome line with each outcome marked
/// met (filled) or missed (hollow); five-year periods are left to the table.
std::string track_chart(const std::string& region, const std::string& indicator,
                        const std::vector<const TrackRow*>& rows) {
  svg::Line target{{"目标", "target"}, {}};
  svg::Line outcome{{"实际", "outcome"}, {}};
  for (const TrackRow* t : rows) {
    std::optional<int> year = annual(t->period);
    if (!year) continue;
    std::optional<double> goal = t->target_value;
    if (!goal && t->target_min && t->target_max) goal = (*t->target_min + *t->target_max) / 2;
    if (!goal) goal = t->target_min ? t->target_min : t->target_max;
    std::string says = fmt::format("{} 目标 {} 实际 {}{}", *year, target_label(*t),
                                   t->outcome_value ? number(t->outcome_value) : "–",
                                   t->met == "yes"  ? "（达成）"
                                   : t->met == "no" ? "（未达成）"
                                                    : "");
    target.points.push_back({*year, goal, "", says});
    outcome.points.push_back({*year, t->outcome_value,
                              t->met == "yes"  ? "met"
                              : t->met == "no" ? "missed"
                                               : "",
                              says});
  }
  return svg::line_chart({fmt::format("{} {}", region, indicator), "", {target, outcome}});
}

}  // namespace

std::string track_csv(const std::vector<TrackRow>& rows) {
  std::string out =
      "region,indicator,period,target_op,target_value,target_min,target_max,target_file,"
      "outcome_value,outcome_file,met,gap\r\n";
  for (const TrackRow& t : rows) {
    out += fmt::format("{},{},{},{},{},{},{},{},{},{},{},{}\r\n", csv_field(t.region), t.indicator,
                       t.period, t.target_op, number(t.target_value), number(t.target_min),
                       number(t.target_max), csv_field(t.target_file), number(t.outcome_value),
                       csv_field(t.outcome_file), t.met, number(t.gap));
  }
  return out;
}

std::string track_jsonl(const std::vector<TrackRow>& rows) {
  std::string out;
  for (const TrackRow& t : rows) {
    JsonWriter w(out, JsonLayout::compact);
    w.begin_object();
    detail::member(w, "region", t.region);
    detail::member(w, "indicator", t.indicator);
    detail::member(w, "period", t.period);
    detail::member(w, "target_op", detail::OrNull{t.target_op});
    for (auto [name, v] : {std::pair{"target_value", t.target_value},
                           {"target_min", t.target_min},
                           {"target_max", t.target_max}}) {
      w.key(name);
      v ? w.number(*v) : w.null();
    }
    detail::member(w, "target_file", detail::OrNull{t.target_file});
    w.key("outcome_value");
    t.outcome_value ? w.number(*t.outcome_value) : w.null();
    detail::member(w, "outcome_file", detail::OrNull{t.outcome_file});
    detail::member(w, "met", t.met);
    w.key("gap");
    t.gap ? w.number(*t.gap) : w.null();
    w.end_object();
    out += '\n';
  }
  return out;
}

std::string track_markdown(const std::vector<TrackRow>& rows) {
  std::string out;
  std::vector<std::string> indicators;
  for (const TrackRow& t : rows) {
    if (std::find(indicators.begin(), indicators.end(), t.indicator) == indicators.end())
      indicators.push_back(t.indicator);
  }
  for (const std::string& id : indicators) {
    detail::Table table;
    table.header = {"region", "period", "target", "outcome", "met", "gap"};
    for (const TrackRow& t : rows) {
      if (t.indicator != id) continue;
      table.rows.push_back({t.region, t.period, target_label(t),
                            t.outcome_value ? number(t.outcome_value) : "–", t.met,
                            t.gap ? number(t.gap) : ""});
    }
    out +=
        fmt::format("{}## {}\n\n{}", out.empty() ? "" : "\n", id, detail::render_markdown(table));
  }
  return out;
}

std::string track_html(const std::vector<TrackRow>& rows) {
  std::string out = detail::page_start("zzreport track");
  out +=
      "<header>\n<h1>目标与实际</h1>\n<p "
      "class=\"legend\">每个指标、每个地区一张图：目标线与实际线；"
      "实心点为达成，空心红圈为未达成；五年期的目标与结果只在表中。</p>\n</header>\n";
  std::vector<std::string> indicators = indicators_of(rows);
  out += "<nav class=\"toc\" aria-label=\"指标\">\n<details open><summary>指标</summary>\n<ol>";
  for (const std::string& id : indicators) {
    out += fmt::format("<li><a href=\"#{0}\">{0}</a></li>", svg::escape(id));
  }
  out += "</ol>\n</details>\n</nav>\n<main>\n";
  for (const std::string& id : indicators) {
    std::map<std::string, std::vector<const TrackRow*>> by_region;
    for (const TrackRow& t : rows) {
      if (t.indicator == id) by_region[t.region].push_back(&t);
    }
    out += fmt::format("<section id=\"{0}\">\n<h2>{0}</h2>\n<div class=\"charts\">\n",
                       svg::escape(id));
    for (const auto& [region, region_rows] : by_region) {
      std::string chart = track_chart(region, id, region_rows);
      if (!chart.empty()) {
        out += fmt::format("<figure><figcaption>{}</figcaption>{}</figure>\n", svg::escape(region),
                           chart);
      }
    }
    out += "</div>\n<div class=\"table-wrap\">\n<table class=\"sortable\">\n";
    out += detail::table_head({"地区", "时期", "目标", "实际", "达成", "差距"});
    for (const auto& [region, region_rows] : by_region) {
      for (const TrackRow* t : region_rows) {
        out += fmt::format(
            "<tr><td>{}</td><td>{}</td><td>{}</td><td class=\"num\">{}</td><td>{}</td>"
            "<td class=\"num\">{}</td></tr>\n",
            svg::escape(region), svg::escape(t->period), svg::escape(target_label(*t)),
            t->outcome_value ? number(t->outcome_value) : "–",
            t->met == "yes"  ? "是"
            : t->met == "no" ? "否"
                             : "未知",
            number(t->gap));
      }
    }
    out += "</tbody>\n</table>\n</div>\n</section>\n";
  }
  out += "</main>\n";
  return out + detail::page_end();
}

}  // namespace zz::report
