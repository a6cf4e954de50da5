// to_text(): the compact terminal view, sections a reader scans in seconds; colour optional.
#include <fmt/format.h>

#include <string>
#include <vector>

#include "labels.hpp"
#include "table.hpp"
#include "zzreport/report/display_width.hpp"
#include "zzreport/report/writers.hpp"

namespace zz::report {
namespace {

constexpr std::size_t kLineWidth = 80;
constexpr std::size_t kMaxWarnings = 10;

/// ANSI codes, empty when colour is off.
struct Palette {
  std::string_view title, heading, dim, column, off;
  explicit Palette(bool color)
      : title(color ? "\x1b[1m" : ""),
        heading(color ? "\x1b[1;36m" : ""),
        dim(color ? "\x1b[2m" : ""),
        column(color ? "\x1b[4m" : ""),
        off(color ? "\x1b[0m" : "") {}
};

std::string heading(const Palette& p, std::string_view name, std::size_t count) {
  return fmt::format("{}{}{} {}\n", p.heading, name, p.off, count);
}

/// Items joined by " · ", wrapped at kLineWidth columns, every line indented by two spaces.
std::string wrapped(const std::vector<std::string>& items) {
  std::string out;
  std::size_t column = 0;
  for (const std::string& item : items) {
    std::size_t w = display_width(item);
    if (column == 0) {
      out += "  ";
      column = 2;
    } else if (column + 3 + w > kLineWidth) {
      out += "\n  ";
      column = 2;
    } else {
      out += " · ";
      column += 3;
    }
    out += item;
    column += w;
  }
  if (!items.empty()) out += '\n';
  return out;
}

void quantities(std::string& out, const Palette& p, const ReportInput& input,
                extract::QuantityKind kind, std::string_view name) {
  bool target = kind == extract::QuantityKind::target;
  detail::Table table;
  table.header = target ? std::vector<std::string>{"指标", "目标", "力度", "期限", "原文"}
                        : std::vector<std::string>{"指标", "数值", "时间", "原文"};
  table.max_width = target ? std::vector<std::size_t>{20, 16, 0, 12, 30}
                           : std::vector<std::size_t>{20, 16, 12, 30};
  for (const extract::Quantity& q : input.analysis->quantities) {
    if (q.kind != kind) continue;
    std::vector<std::string> row{q.indicator, detail::quantity_label(q)};
    if (target) row.emplace_back(extract::to_string(q.hedge));
    row.push_back(detail::horizon_label(q));
    row.push_back(q.quote);
    table.rows.push_back(std::move(row));
  }
  out += heading(p, name, table.rows.size());
  if (!table.rows.empty()) out += detail::render_text(table, 2, p.column, p.off);
}

/// The topics, and apart from them the places and organisations, which name where and by whom
/// rather than what the report is about.
void keywords(std::string& out, const Palette& p, const extract::Analysis& analysis) {
  std::vector<std::string> topics;
  std::vector<std::string> names;
  for (const extract::Keyword& k : analysis.keywords)
    (extract::is_name(k.type) ? names : topics).push_back(fmt::format("{} {}", k.term, k.count));
  out += heading(p, "关键词", topics.size());
  out += wrapped(topics);
  if (names.empty()) return;
  out += '\n';
  out += heading(p, "地名与机构", names.size());
  out += wrapped(names);
}

void slogans(std::string& out, const Palette& p, const extract::Analysis& analysis) {
  std::vector<std::string> items;
  for (const extract::Slogan& s : analysis.slogans) {
    if (!detail::is_formulation(s)) continue;
    items.push_back(fmt::format("{} {}", s.quoted ? "“" + s.text + "”" : s.text, s.count));
  }
  out += heading(p, "提法", items.size());
  out += wrapped(items);
}

/// The top two levels of the outline: the shape of the document at a glance.
void outline(std::string& out, const Palette& p, const text::Document& doc) {
  out += heading(p, "结构", doc.sections.size());
  std::vector<std::size_t> depth(doc.sections.size(), 0);
  for (std::size_t i = 0; i < doc.sections.size(); ++i) {
    const text::Section& s = doc.sections[i];
    if (s.parent && *s.parent < i) depth[i] = depth[*s.parent] + 1;
    if (depth[i] > 1) continue;
    std::string line = std::string(2 + depth[i] * 2, ' ') + s.marker + s.title;
    out += truncate_to_width(line, kLineWidth) + '\n';
  }
}

void warnings(std::string& out, const Palette& p, const text::Document& doc) {
  out += heading(p, "文本问题", doc.warnings.size());
  detail::Table table;
  table.header = {"类别", "位置", "说明"};
  table.max_width = {0, 0, 56};
  for (std::size_t i = 0; i < doc.warnings.size() && i < kMaxWarnings; ++i) {
    const text::Warning& w = doc.warnings[i];
    table.rows.push_back({w.kind, fmt::format("[{}, {})", w.span.begin, w.span.end), w.message});
  }
  if (!table.rows.empty()) out += detail::render_text(table, 2, p.column, p.off);
  if (doc.warnings.size() > kMaxWarnings) {
    out += fmt::format("  {}… 另有 {} 条{}\n", p.dim, doc.warnings.size() - kMaxWarnings, p.off);
  }
}

std::string facts(const Palette& p, const text::Document& doc) {
  // The path heads the view when the report has no title; it is not said twice.
  std::vector<std::string> parts;
  if (!doc.title.empty()) parts.push_back(doc.path);
  if (doc.year) parts.push_back(fmt::format("{}年", *doc.year));
  if (!doc.level.empty()) parts.push_back(std::string(detail::level_label(doc.level)));
  parts.push_back(doc.encoding);
  parts.push_back(fmt::format("{} 字 {} 段 {} 句 {} 节", doc.original_chars, doc.paragraphs.size(),
                              doc.sentences.size(), doc.sections.size()));
  return fmt::format("{}{}{}\n", p.dim, fmt::join(parts, " · "), p.off);
}

}  // namespace

std::string to_text(const ReportInput& input, const TextStyle& style) {
  const text::Document& doc = *input.document;
  const Selection& only = input.selection;
  Palette p(style.color);
  std::string out;
  out += fmt::format("{}{}{}\n", p.title, doc.title.empty() ? doc.path : doc.title, p.off);
  out += facts(p, doc);
  // Each part is drawn after a blank line; a part with nothing in it only joins the "无" line.
  std::vector<std::string_view> empty;
  auto part = [&](std::string_view name, std::size_t count, auto&& write) {
    if (count == 0) {
      empty.push_back(name);
      return;
    }
    out += '\n';
    write(name);
  };
  using extract::QuantityKind;
  std::size_t counts[3] = {0, 0, 0};
  for (const auto& q : input.analysis->quantities) ++counts[static_cast<std::size_t>(q.kind)];
  auto kind_part = [&](QuantityKind kind, std::string_view name) {
    part(name, counts[static_cast<std::size_t>(kind)],
         [&](std::string_view n) { quantities(out, p, input, kind, n); });
  };
  if (only.targets) kind_part(QuantityKind::target, "目标");
  if (only.achievements) kind_part(QuantityKind::achievement, "成绩");
  if (only.mentions) {
    part("其他数字", counts[static_cast<std::size_t>(QuantityKind::mention)],
         [&](std::string_view n) {
           out += heading(p, n, counts[static_cast<std::size_t>(QuantityKind::mention)]);
         });
  }
  if (only.keywords) {
    part("关键词", input.analysis->keywords.size(),
         [&](auto) { keywords(out, p, *input.analysis); });
  }
  if (only.slogans) {
    part("提法", detail::count_formulations(input.analysis->slogans),
         [&](auto) { slogans(out, p, *input.analysis); });
  }
  if (only.outline) part("结构", doc.sections.size(), [&](auto) { outline(out, p, doc); });
  if (only.warnings) part("文本问题", doc.warnings.size(), [&](auto) { warnings(out, p, doc); });
  if (!empty.empty()) out += fmt::format("\n{}无{}：{}\n", p.dim, p.off, fmt::join(empty, "、"));
  return out;
}

}  // namespace zz::report
