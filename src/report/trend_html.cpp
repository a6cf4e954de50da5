// trend_html(): a chart per term of its rate by year, and the table of the groups, as one page.
#include "zzreport/report/trend_html.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>

#include "html_page.hpp"
#include "labels.hpp"
#include "zzreport/report/svg.hpp"

namespace zz::report {

std::string trend_html(const std::vector<std::string>& terms, const extract::TermGroups& groups) {
  const std::vector<extract::GroupField>& fields = groups.fields();
  std::size_t year_field = static_cast<std::size_t>(
      std::find(fields.begin(), fields.end(), extract::GroupField::year) - fields.begin());
  std::vector<std::pair<extract::GroupKey, extract::GroupTotals>> all = groups.groups();
  // A line per value of the fields besides year ("" when year is the only one), in key order.
  auto line_of = [&](const extract::GroupKey& key) {
    std::string name;
    for (std::size_t f = 0; f < key.size(); ++f) {
      if (f == year_field) continue;
      if (!name.empty()) name += " · ";
      name += key[f].empty() ? "（未知）" : key[f];
    }
    return name;
  };
  std::vector<std::string> lines;
  for (const auto& [key, totals] : all) {
    std::string name = line_of(key);
    if (std::find(lines.begin(), lines.end(), name) == lines.end()) lines.push_back(name);
  }

  std::string out = detail::page_start("zzreport trend");
  out += fmt::format(
      "<header>\n<h1>词频趋势</h1>\n<p "
      "class=\"legend\">每个词一张图：每万个汉字出现的次数，按年份；"
      "没有报告的年份处断开。</p>\n</header>\n<main>\n<section id=\"charts\">\n"
      "<div class=\"charts\">\n");
  for (std::size_t t = 0; t < terms.size(); ++t) {
    svg::LineChart chart{fmt::format("{} 每万字出现次数", terms[t]), "", {}};
    for (std::size_t l = 0; l < lines.size(); ++l) {
      svg::Line line{{lines[l].empty() ? terms[t] : lines[l], fmt::format("series{}", l % 6)}, {}};
      for (const auto& [key, totals] : all) {
        if (key[year_field].empty() || line_of(key) != lines[l]) continue;
        int year = std::stoi(key[year_field]);
        std::optional<double> rate = extract::per_10k(totals.counts[t], totals.han_characters);
        line.points.push_back(
            {year, rate, "",
             fmt::format("{} {}：{} 次/万字（{} 份报告，共 {} 次）", year, terms[t],
                         rate ? detail::format_number(std::round(*rate * 100) / 100) : "–",
                         totals.documents, totals.counts[t])});
      }
      chart.lines.push_back(std::move(line));
    }
    std::string svg = svg::line_chart(chart);
    if (!svg.empty()) {
      out += fmt::format("<figure><figcaption>{}</figcaption>{}</figure>\n", svg::escape(terms[t]),
                         svg);
    }
  }
  out +=
      "</div>\n</section>\n<section id=\"table\">\n<h2>数据</h2>\n<div class=\"table-wrap\">\n"
      "<table class=\"sortable\">\n";
  std::vector<std::string_view> columns;
  for (extract::GroupField field : fields) columns.push_back(extract::to_string(field));
  columns.insert(columns.end(), {"term", "documents", "count", "per_10k"});
  out += detail::table_head(columns);
  for (const auto& [key, totals] : all) {
    for (std::size_t t = 0; t < terms.size(); ++t) {
      out += "<tr>";
      for (const std::string& value : key) out += fmt::format("<td>{}</td>", svg::escape(value));
      std::optional<double> rate = extract::per_10k(totals.counts[t], totals.han_characters);
      out += fmt::format(
          "<td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td>"
          "</tr>\n",
          svg::escape(terms[t]), totals.documents, totals.counts[t],
          rate ? fmt::format("{:.4f}", *rate) : "");
    }
  }
  out += "</tbody>\n</table>\n</div>\n</section>\n</main>\n";
  return out + detail::page_end();
}

}  // namespace zz::report
