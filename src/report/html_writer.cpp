// to_html() and html_index(): the page of one report and the index of many, from the same model
// the other writers render; the charts come from svg.cpp, the marked text from html_text.cpp.
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "html_page.hpp"
#include "html_text.hpp"
#include "labels.hpp"
#include "zzreport/report/display_width.hpp"
#include "zzreport/report/html.hpp"
#include "zzreport/report/svg.hpp"

namespace zz::report {
namespace {

using svg::escape;

constexpr std::size_t kChartBars = 15;
constexpr std::size_t kOpenOutline = 12;     // an outline of more sections starts folded
constexpr std::size_t kSectionColumns = 24;  // the section column of the table: 12 汉字

std::string_view doc_type_label(std::string_view doc_type) {
  if (doc_type == "government_work_report") return "政府工作报告";
  if (doc_type == "party_congress_report") return "党代会报告";
  if (doc_type == "five_year_plan") return "五年规划";
  if (doc_type == "statistical_communique") return "统计公报";
  return doc_type == "other" ? "其他" : doc_type;
}

/// The root of section i: the top-level section that holds it.
std::size_t root_of(const text::Document& doc, std::size_t i) {
  while (doc.sections[i].parent && *doc.sections[i].parent < i) i = *doc.sections[i].parent;
  return i;
}

std::string section_name(const text::Section& s) { return s.marker + s.title; }

std::string header(const text::Document& doc) {
  std::vector<std::pair<std::string_view, std::string>> facts;
  if (!doc.region.empty()) facts.emplace_back("地区", doc.region);
  if (!doc.level.empty()) facts.emplace_back("级别", std::string(detail::level_label(doc.level)));
  if (doc.year) facts.emplace_back("年份", fmt::format("{}", *doc.year));
  if (!doc.date.empty()) facts.emplace_back("日期", doc.date);
  if (!doc.doc_type.empty()) facts.emplace_back("类型", std::string(doc_type_label(doc.doc_type)));
  if (!doc.meeting.empty()) facts.emplace_back("会议", doc.meeting);
  facts.emplace_back("编码", doc.encoding);
  facts.emplace_back("字数", fmt::format("{}", doc.original_chars));
  facts.emplace_back("文件", doc.path);
  std::string out = fmt::format("<header>\n<h1>{}</h1>\n<dl class=\"facts\">",
                                escape(doc.title.empty() ? doc.path : doc.title));
  for (const auto& [name, value] : facts) {
    out += fmt::format("<div><dt>{}</dt><dd>{}</dd></div>", name, escape(value));
  }
  return out + "</dl>\n</header>\n";
}

/// The outline as a table of contents, folded away when it is long (it would push the report's
/// figures below the fold); a click opens it.
std::string outline(const text::Document& doc) {
  if (doc.sections.empty()) return {};
  std::vector<std::size_t> depth(doc.sections.size(), 0);
  std::string out = fmt::format(
      "<nav class=\"toc\" aria-label=\"目录\">\n<details{}><summary>目录（{} 节）</summary>\n<ol>",
      doc.sections.size() <= kOpenOutline ? " open" : "", doc.sections.size());
  for (std::size_t i = 0; i < doc.sections.size(); ++i) {
    const text::Section& s = doc.sections[i];
    if (s.parent && *s.parent < i) depth[i] = depth[*s.parent] + 1;
    out += fmt::format("<li class=\"d{}\"><a href=\"#{}\">{}</a></li>",
                       std::min<std::size_t>(depth[i], 3), detail::section_id(i),
                       escape(section_name(s)));
  }
  return out + "</ol>\n</details>\n</nav>\n";
}

bool listed(const ReportInput& input, const extract::Quantity& q) {
  return (q.kind == extract::QuantityKind::target && input.selection.targets) ||
         (q.kind == extract::QuantityKind::achievement && input.selection.achievements);
}

/// The targets and achievements in table order: targets first, those of a canonical indicator
/// (the headline figures a panel reads) before the rest, then achievements likewise; document
/// order within each.
std::vector<std::size_t> table_order(const ReportInput& input) {
  std::vector<std::size_t> order;
  const std::vector<extract::Quantity>& all = input.analysis->quantities;
  for (std::size_t i = 0; i < all.size(); ++i) {
    if (listed(input, all[i])) order.push_back(i);
  }
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    auto rank = [&](std::size_t i) {
      return 2 * static_cast<int>(all[i].kind != extract::QuantityKind::target) +
             static_cast<int>(all[i].indicator_id.empty());
    };
    return rank(a) < rank(b);
  });
  return order;
}

std::string charts(const ReportInput& input, const std::vector<std::size_t>& quantities) {
  const text::Document& doc = *input.document;
  const extract::Analysis& analysis = *input.analysis;
  std::vector<std::string> figures;
  auto figure = [&](std::string_view caption, const std::string& chart) {
    if (!chart.empty()) {
      figures.push_back(
          fmt::format("<figure><figcaption>{}</figcaption>{}</figure>", caption, chart));
    }
  };
  if (input.selection.keywords) {
    svg::BarChart keywords{"关键词出现次数", {{"出现次数", "keyword"}}, {}};
    for (const extract::Keyword& k : analysis.keywords) {
      if (!extract::is_name(k.type) && keywords.bars.size() < kChartBars) {
        keywords.bars.push_back({k.term, {static_cast<double>(k.count)}});
      }
    }
    figure("关键词", svg::bar_chart(keywords));
  }
  if (!quantities.empty()) {
    // Per top-level section, in document order; quantities outside every section last.
    std::map<std::size_t, std::pair<double, double>> per_section;
    constexpr std::size_t kNoSection = static_cast<std::size_t>(-1);
    for (std::size_t i : quantities) {
      const extract::Quantity& q = analysis.quantities[i];
      std::size_t root =
          q.section && *q.section < doc.sections.size() ? root_of(doc, *q.section) : kNoSection;
      auto& [targets, achievements] = per_section[root];
      (q.kind == extract::QuantityKind::target ? targets : achievements) += 1;
    }
    svg::BarChart sections{"各章节的目标与成绩", {{"目标", "target"}, {"成绩", "achievement"}}, {}};
    for (const auto& [root, counts] : per_section) {
      sections.bars.push_back(
          {root == kNoSection ? std::string("（章节外）") : section_name(doc.sections[root]),
           {counts.first, counts.second}});
    }
    figure("各章节的目标与成绩", svg::bar_chart(sections));
  }
  if (input.selection.slogans) {
    // The most frequent formulations, most frequent first (in order of occurrence among equals).
    std::vector<const extract::Slogan*> formulations;
    for (const extract::Slogan& s : analysis.slogans) {
      if (detail::is_formulation(s)) formulations.push_back(&s);
    }
    std::stable_sort(formulations.begin(), formulations.end(),
                     [](const auto* a, const auto* b) { return a->count > b->count; });
    svg::BarChart slogans{"提法出现次数", {{"出现次数", "slogan"}}, {}};
    for (const extract::Slogan* s : formulations) {
      if (slogans.bars.size() < kChartBars) {
        slogans.bars.push_back({s->text, {static_cast<double>(s->count)}});
      }
    }
    figure("提法", svg::bar_chart(slogans));
  }
  if (figures.empty()) return {};
  std::string out = "<section id=\"overview\">\n<h2>概览</h2>\n<div class=\"charts\">\n";
  for (const std::string& f : figures) out += f + "\n";
  return out + "</div>\n</section>\n";
}

/// A <select> that filters the quantities table on data-`field`, with "全部" and `options`.
std::string filter_select(std::string_view label, std::string_view field,
                          const std::vector<std::pair<std::string, std::string>>& options) {
  std::string out = fmt::format(
      "<label>{}<select data-filter=\"{}\"><option value=\"\">全部</option>", label, field);
  for (const auto& [value, text] : options) {
    out += fmt::format("<option value=\"{}\">{}</option>", escape(value), escape(text));
  }
  return out + "</select></label>";
}

std::string quantity_table(const ReportInput& input, const std::vector<std::size_t>& order) {
  const text::Document& doc = *input.document;
  const std::vector<extract::Quantity>& all = input.analysis->quantities;
  std::string out =
      fmt::format("<section id=\"targets\">\n<h2>目标与成绩（{}）</h2>\n", order.size());
  if (order.empty()) return out + "<p>未找到。</p>\n</section>\n";
  // The filters offer what the rows have: kinds, canonical indicators, top-level sections.
  std::vector<std::pair<std::string, std::string>> indicators;
  std::vector<std::pair<std::string, std::string>> sections;
  std::map<std::size_t, bool> roots;
  for (std::size_t i : order) {
    const extract::Quantity& q = all[i];
    std::string id = q.indicator_id.empty() ? "none" : q.indicator_id;
    if (std::none_of(indicators.begin(), indicators.end(),
                     [&](const auto& o) { return o.first == id; })) {
      indicators.emplace_back(id, q.indicator_id.empty() ? "（无标准指标）" : q.indicator_id);
    }
    if (q.section && *q.section < doc.sections.size()) roots[root_of(doc, *q.section)] = true;
  }
  std::sort(indicators.begin(), indicators.end());
  for (const auto& [root, _] : roots)
    sections.emplace_back(fmt::format("{}", root), section_name(doc.sections[root]));
  out += "<div class=\"controls\">";
  out += filter_select("类型", "kind", {{"target", "目标"}, {"achievement", "成绩"}});
  out += filter_select("标准指标", "indicator", indicators);
  out += filter_select("章节", "section", sections);
  out += "<label>搜索<input type=\"search\" data-filter=\"text\"></label>";
  out += fmt::format("<span>显示 <output id=\"shown\">{}</output> 行</span>", order.size());
  out +=
      "</div>\n<div class=\"table-wrap\">\n<table id=\"quantities\" "
      "class=\"sortable\">\n";
  out +=
      detail::table_head({"#", "类型", "指标", "标准指标", "数值", "力度", "期限", "章节", "原文"});
  std::size_t n = 0;
  for (std::size_t i : order) {
    const extract::Quantity& q = all[i];
    bool target = q.kind == extract::QuantityKind::target;
    std::string_view kind = extract::to_string(q.kind);
    std::string root = q.section && *q.section < doc.sections.size()
                           ? fmt::format("{}", root_of(doc, *q.section))
                           : std::string();
    std::optional<double> sort_value = q.value ? q.value : q.min;
    ++n;
    out += fmt::format(
        "<tr id=\"row-{}\" data-kind=\"{}\" data-indicator=\"{}\" data-section=\"{}\">"
        "<td>{}</td><td class=\"kind-{}\">{}</td><td>{}</td><td>{}</td>"
        "<td class=\"num\" data-sort=\"{}\">{}</td><td>{}</td><td>{}</td><td>{}</td>"
        "<td><a href=\"#{}\">{}</a></td></tr>\n",
        detail::quantity_id(i), kind, q.indicator_id.empty() ? "none" : q.indicator_id, root, n,
        kind, target ? "目标" : "成绩", escape(q.indicator), escape(q.indicator_id),
        sort_value ? detail::format_number(*sort_value) : "", escape(detail::quantity_label(q)),
        escape(extract::to_string(q.hedge)), escape(detail::horizon_label(q)),
        // The section's heading cut short: the filter above names it whole.
        escape(truncate_to_width(detail::section_label(doc, q.section), kSectionColumns)),
        detail::quantity_id(i), escape(q.quote));
  }
  return out + "</tbody>\n</table>\n</div>\n</section>\n";
}

std::string slogans(const extract::Analysis& analysis) {
  std::string items;
  std::size_t n = 0;
  for (std::size_t s = 0; s < analysis.slogans.size(); ++s) {
    const extract::Slogan& slogan = analysis.slogans[s];
    if (!detail::is_formulation(slogan)) continue;
    ++n;
    std::string text = slogan.quoted ? "“" + slogan.text + "”" : slogan.text;
    items += slogan.spans.empty()
                 ? fmt::format("<li>{}（{}）</li>", escape(text), slogan.count)
                 : fmt::format("<li><a href=\"#{}\">{}</a>（{}）</li>", detail::slogan_id(s, 0),
                               escape(text), slogan.count);
  }
  std::string out = fmt::format("<section id=\"slogans\">\n<h2>提法（{}）</h2>\n", n);
  return out + (n == 0 ? "<p>未找到。</p>\n" : "<ul class=\"terms\">" + items + "</ul>\n") +
         "</section>\n";
}

std::string keywords(const extract::Analysis& analysis) {
  std::string topics;
  std::string names;
  for (const extract::Keyword& k : analysis.keywords) {
    (extract::is_name(k.type) ? names : topics) +=
        fmt::format("<li>{}（{}）</li>", escape(k.term), k.count);
  }
  std::string out = "<section id=\"keywords\">\n<h2>关键词</h2>\n";
  if (topics.empty() && names.empty()) return out + "<p>未找到。</p>\n</section>\n";
  if (!topics.empty()) out += "<h3>主题</h3><ul class=\"terms\">" + topics + "</ul>\n";
  if (!names.empty()) out += "<h3>地名与机构</h3><ul class=\"terms\">" + names + "</ul>\n";
  return out + "</section>\n";
}

std::string warnings(const text::Document& doc) {
  std::string out =
      fmt::format("<section id=\"warnings\">\n<h2>文本问题（{}）</h2>\n", doc.warnings.size());
  if (doc.warnings.empty()) return out + "<p>未发现。</p>\n</section>\n";
  out += "<ul>";
  for (std::size_t i = 0; i < doc.warnings.size(); ++i) {
    const text::Warning& w = doc.warnings[i];
    out += fmt::format("<li><a href=\"#{}\">{}</a> {}</li>", detail::warning_id(i), escape(w.kind),
                       escape(w.message));
  }
  return out + "</ul>\n</section>\n";
}

std::string full_text(const ReportInput& input) {
  return "<section id=\"fulltext\">\n<h2>全文</h2>\n<p class=\"legend\">"
         "<span><span class=\"kind-target\">目标</span>（实线）</span>"
         "<span><span class=\"kind-achievement\">成绩</span>（虚线）</span>"
         "<span><span class=\"kind-slogan\">提法</span>（点线）</span>"
         "<span><span class=\"warn\"></span>文本问题</span>"
         "<span>点击标记可回到表格中的一行</span></p>\n<div class=\"text\">" +
         detail::marked_text(*input.document, *input.analysis) + "</div>\n</section>\n";
}

}  // namespace

std::string to_html(const ReportInput& input) {
  const text::Document& doc = *input.document;
  std::vector<std::size_t> order = table_order(input);
  std::string out = detail::page_start(doc.title.empty() ? doc.path : doc.title);
  out += header(doc);
  if (input.selection.outline) out += outline(doc);
  out += "<main>\n";
  out += charts(input, order);
  if (input.selection.targets || input.selection.achievements) out += quantity_table(input, order);
  if (input.selection.slogans) out += slogans(*input.analysis);
  if (input.selection.keywords) out += keywords(*input.analysis);
  if (input.selection.warnings) out += warnings(doc);
  out += full_text(input);
  out += "</main>\n";
  return out + detail::page_end();
}

HtmlIndexEntry html_index_entry(const ReportInput& input, std::string href) {
  const text::Document& doc = *input.document;
  HtmlIndexEntry entry{std::move(href), doc.title, doc.path, doc.region, doc.year};
  for (const extract::Quantity& q : input.analysis->quantities) {
    entry.targets += q.kind == extract::QuantityKind::target;
    entry.achievements += q.kind == extract::QuantityKind::achievement;
  }
  entry.formulations = detail::count_formulations(input.analysis->slogans);
  entry.warnings = doc.warnings.size();
  return entry;
}

std::string html_index(const std::vector<HtmlIndexEntry>& entries) {
  std::string out = detail::page_start("zzreport");
  out += fmt::format(
      "<header>\n<h1>报告（{}）</h1>\n</header>\n<main>\n<div class=\"table-wrap\">\n"
      "<table id=\"index\" class=\"sortable\">\n",
      entries.size());
  out += detail::table_head({"标题", "地区", "年份", "目标", "成绩", "提法", "文本问题", "文件"});
  for (const HtmlIndexEntry& e : entries) {
    out += fmt::format(
        "<tr><td><a href=\"{}\">{}</a></td><td>{}</td><td class=\"num\">{}</td>"
        "<td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td>"
        "<td class=\"num\">{}</td><td>{}</td></tr>\n",
        escape(e.href), escape(e.title.empty() ? e.path : e.title), escape(e.region),
        e.year ? fmt::format("{}", *e.year) : "", e.targets, e.achievements, e.formulations,
        e.warnings, escape(e.path));
  }
  return out + "</tbody>\n</table>\n</div>\n</main>\n" + detail::page_end();
}

}  // namespace zz::report
