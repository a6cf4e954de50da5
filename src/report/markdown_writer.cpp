// to_markdown(): the report for people, as GitHub-flavoured Markdown whose tables also line up in a
// pager (cells padded by East Asian width).
#include <fmt/format.h>

#include <string>
#include <vector>

#include "labels.hpp"
#include "table.hpp"
#include "zzreport/report/writers.hpp"

namespace zz::report {
namespace {

using detail::Table;

/// Text safe in Markdown prose: characters that would start emphasis, code, links or HTML escaped.
std::string inline_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char ch : text) {
    if (ch == '\n' || ch == '\r') {
      out += ' ';
      continue;
    }
    if (std::string_view("\\`*_[]<").find(ch) != std::string_view::npos) out += '\\';
    out += ch;
  }
  return out;
}

std::string facts(const text::Document& doc) {
  std::vector<std::string> parts;
  // The path is the heading when the report has no title; it is not said twice.
  if (!doc.title.empty()) parts.push_back(fmt::format("`{}`", doc.path));
  if (doc.year) parts.push_back(fmt::format("{}年", *doc.year));
  if (!doc.level.empty()) parts.push_back(std::string(detail::level_label(doc.level)));
  parts.push_back(doc.encoding);
  parts.push_back(fmt::format("{} 字", doc.original_chars));
  parts.push_back(fmt::format("{} 段", doc.paragraphs.size()));
  parts.push_back(fmt::format("{} 句", doc.sentences.size()));
  parts.push_back(fmt::format("{} 节", doc.sections.size()));
  return fmt::format("{}\n", fmt::join(parts, " · "));
}

Table quantity_table(const ReportInput& input, extract::QuantityKind kind) {
  const text::Document& doc = *input.document;
  bool target = kind == extract::QuantityKind::target;
  Table table;
  table.header = target
                     ? std::vector<std::string>{"#", "指标", "目标", "力度", "期限", "章节", "原文"}
                     : std::vector<std::string>{"#", "指标", "数值", "时间", "章节", "原文"};
  table.max_width = target ? std::vector<std::size_t>{0, 24, 0, 0, 0, 20, 48}
                           : std::vector<std::size_t>{0, 24, 0, 0, 20, 48};
  for (const extract::Quantity& q : input.analysis->quantities) {
    if (q.kind != kind) continue;
    std::vector<std::string> row{std::to_string(table.rows.size() + 1), q.indicator,
                                 detail::quantity_label(q)};
    if (target) row.emplace_back(extract::to_string(q.hedge));
    row.push_back(detail::horizon_label(q));
    row.push_back(detail::section_label(doc, q.section));
    row.push_back(q.quote);
    table.rows.push_back(std::move(row));
  }
  return table;
}

void quantities(std::string& out, const ReportInput& input, extract::QuantityKind kind,
                std::string_view heading) {
  Table table = quantity_table(input, kind);
  out += fmt::format("## {}（{}）\n\n", heading, table.rows.size());
  out += table.rows.empty() ? std::string("未找到。\n") : detail::render_markdown(table);
  out += '\n';
}

void mentions(std::string& out, const ReportInput& input) {
  std::size_t n = 0;
  for (const extract::Quantity& q : input.analysis->quantities)
    n += q.kind == extract::QuantityKind::mention;
  if (n > 0) out += fmt::format("另有 {} 处其他数字，见 JSON 输出的 `mentions`。\n\n", n);
}

/// The topics (words, then phrases), and apart from them the places and organisations, which name
/// where and by whom rather than what the report is about.
void keywords(std::string& out, const extract::Analysis& analysis) {
  std::vector<std::string> terms;
  std::vector<std::string> phrases;
  std::vector<std::string> names;
  for (const extract::Keyword& k : analysis.keywords) {
    std::vector<std::string>& list = extract::is_name(k.type) ? names : k.phrase ? phrases : terms;
    list.push_back(fmt::format("{}（{}）", inline_text(k.term), k.count));
  }
  out += "## 关键词\n\n";
  std::vector<std::string> parts;
  if (!terms.empty()) parts.push_back(fmt::format("**词语**：{}\n", fmt::join(terms, "、")));
  if (!phrases.empty()) parts.push_back(fmt::format("**短语**：{}\n", fmt::join(phrases, "、")));
  if (!names.empty()) parts.push_back(fmt::format("**地名与机构**：{}\n", fmt::join(names, "、")));
  out += parts.empty() ? "未找到。\n" : fmt::format("{}", fmt::join(parts, "\n"));
  out += '\n';
}

void slogans(std::string& out, const extract::Analysis& analysis) {
  std::vector<std::string> items;
  for (const extract::Slogan& s : analysis.slogans) {
    if (!detail::is_formulation(s)) continue;
    std::string text = inline_text(s.text);
    items.push_back(fmt::format("{}（{}）", s.quoted ? "“" + text + "”" : text, s.count));
  }
  out += fmt::format("## 提法（{}）\n\n", items.size());
  out += items.empty() ? std::string("未找到。\n") : fmt::format("{}\n", fmt::join(items, "、"));
  out += '\n';
}

void outline(std::string& out, const text::Document& doc) {
  out += fmt::format("## 结构（{}）\n\n", doc.sections.size());
  if (doc.sections.empty()) out += "未找到标题。\n";
  std::vector<std::size_t> depth(doc.sections.size(), 0);
  for (std::size_t i = 0; i < doc.sections.size(); ++i) {
    const text::Section& s = doc.sections[i];
    if (s.parent && *s.parent < i) depth[i] = depth[*s.parent] + 1;
    out += fmt::format("{}- {}\n", std::string(depth[i] * 2, ' '), inline_text(s.marker + s.title));
  }
  out += '\n';
}

void warnings(std::string& out, const text::Document& doc) {
  out += fmt::format("## 文本问题（{}）\n\n", doc.warnings.size());
  if (doc.warnings.empty()) out += "未发现。\n";
  for (const text::Warning& w : doc.warnings) {
    out += fmt::format("- `{}` [{}, {}) {}\n", w.kind, w.span.begin, w.span.end,
                       inline_text(w.message));
  }
  out += '\n';
}

}  // namespace

std::string to_markdown(const ReportInput& input) {
  const text::Document& doc = *input.document;
  const Selection& only = input.selection;
  std::string out;
  out += fmt::format("# {}\n\n", inline_text(doc.title.empty() ? doc.path : doc.title));
  out += facts(doc);
  out += '\n';
  if (only.targets) quantities(out, input, extract::QuantityKind::target, "主要目标");
  if (only.achievements) quantities(out, input, extract::QuantityKind::achievement, "主要成绩");
  if (only.mentions) mentions(out, input);
  if (only.keywords) keywords(out, *input.analysis);
  if (only.slogans) slogans(out, *input.analysis);
  if (only.outline) outline(out, doc);
  if (only.warnings) warnings(out, doc);
  while (out.size() >= 2 && out.back() == '\n' && out[out.size() - 2] == '\n') out.pop_back();
  return out;
}

}  // namespace zz::report
