// to_markdown(): the report for people, rendered as GitHub-flavoured Markdown.
#include <fmt/format.h>

#include "zzreport/report/writers.hpp"

namespace zz::report {

std::string to_markdown(const ReportInput& input) {
  const text::Document& doc = *input.document;
  std::string out;
  out += fmt::format("# {}\n\n", doc.title.empty() ? doc.path : doc.title);
  out += fmt::format("- 文件: `{}`\n- 编码: {}\n- 字节: {}\n- 字符: {}\n- 段落: {}\n- 句子: {}\n\n",
                     doc.path, doc.encoding, doc.bytes, doc.original_chars, doc.paragraphs.size(),
                     doc.sentences.size());
  if (!doc.sections.empty()) {
    out += "## 结构\n\n";
    for (const text::Section& s : doc.sections) {
      out += fmt::format("{}- {}{}\n", std::string(static_cast<std::size_t>(s.level - 1) * 2, ' '),
                         s.marker, s.title);
    }
    out += '\n';
  }
  if (!input.analysis->keywords.empty()) {
    out += "## 关键词\n\n";
    for (const extract::Keyword& k : input.analysis->keywords) {
      out += fmt::format("{}{} ({})", &k == &input.analysis->keywords.front() ? "" : "、", k.term, k.count);
    }
    out += "\n\n";
  }
  if (!doc.warnings.empty()) {
    out += "## 文本问题\n\n";
    for (const text::Warning& w : doc.warnings) {
      out += fmt::format("- [{}, {}) {}: {}\n", w.span.begin, w.span.end, w.kind, w.message);
    }
  }
  return out;
}

}  // namespace zz::report
