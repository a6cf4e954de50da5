// read_front_matter(), stated_year(), is_date_line(): cues checked on the corpus folders
// (国务院 / 省自治区 / 主要城市 / 其他地市) and file names (YEAR.md); see docs/text.md.
#include "front_matter.hpp"

#include <algorithm>  // std::min

#include "chinese_numbers.hpp"
#include "heading_marker.hpp"
#include "zzreport/text/numerals.hpp"
#include "zzreport/text/utf8.hpp"

namespace zz::text {
namespace {

constexpr std::size_t kMaxFrontParagraphs = 8;

bool contains(std::string_view s, std::string_view what) {
  return s.find(what) != std::string_view::npos;
}

bool is_prose(std::string_view p) {
  return contains(p, "。") || contains(p, "，") || contains(p, "；") || contains(p, "：");
}

/// The first date written near the top of `text` (a year then a month: ——2023年1月12日在…), for a
/// report whose front matter has no date line the rules above recognise.
std::optional<int> date_near_top(std::string_view text) {
  constexpr std::size_t kTop = 600;
  std::size_t top = std::min(text.size(), kTop);
  while (top > 0 && top < text.size() &&
         utf8::is_continuation(static_cast<unsigned char>(text[top])))
    --top;
  std::string_view rest = text.substr(0, top);
  std::size_t end = 0;
  while (std::optional<int> year = find_year(rest, kFirstYear, kLastYear, &end)) {
    if (end < rest.size() && rest[end] >= '1' && rest[end] <= '9') return year;
    rest.remove_prefix(end);
  }
  return std::nullopt;
}

}  // namespace

std::optional<int> stated_year(std::string_view line) {
  // 第十四个五年规划和2035年远景目标纲要: a year the title looks ahead to is no date.
  std::size_t end = 0;
  while (std::optional<int> year = find_year(line, kFirstYear, kLastYear, &end)) {
    if (!contains(line.substr(end, std::string_view("远景").size()), "远景")) return year;
    line.remove_prefix(end);
  }
  return std::nullopt;
}

bool is_news_dateline(std::string_view p) {
  // The brackets and bold around it: （新华社北京3月12日电）, **新华社北京3月12日电**.
  auto strip = [&p](std::string_view w, bool front) {
    if (front ? p.starts_with(w) : p.ends_with(w))
      front ? p.remove_prefix(w.size()) : p.remove_suffix(w.size());
  };
  for (std::string_view w : {"**", "（", "(", " "}) strip(w, true);
  for (std::string_view w : {"**", "）", ")", " "}) strip(w, false);
  if (utf8::count_code_points(p) > 30 || is_prose(p)) return false;
  if (!p.ends_with("电") && !p.ends_with("讯")) return false;
  std::size_t month = p.find("月");
  return month != std::string_view::npos && p.find("日", month) != std::string_view::npos;
}

bool is_date_line(std::string_view p) {
  for (std::string_view dash : {"—", "-", "─", "－", "（", "("}) {
    if (p.substr(0, dash.size()) == dash) return stated_year(p).has_value();
  }
  // The first 16 bytes, cut back to a code-point boundary: a year stated at the start of the line.
  std::size_t head = std::min<std::size_t>(p.size(), 16);
  while (head > 0 && head < p.size() && utf8::is_continuation(static_cast<unsigned char>(p[head])))
    --head;
  return stated_year(p.substr(0, head)).has_value() && (contains(p, "会议") || contains(p, "日"));
}

FrontMatter read_front_matter(const Document& doc, const std::vector<LineMarkup>& markup) {
  FrontMatter fm;
  const std::size_t n = std::min(doc.paragraphs.size(), kMaxFrontParagraphs);
  std::optional<int> date_year;
  for (std::size_t p = 0; p < n; ++p) {
    std::string_view text = doc.slice(doc.paragraphs[p].range);
    bool date = is_date_line(text);
    if (!date && (is_prose(text) || match_heading_marker(text) || markup[p].list_item)) break;
    fm.paragraphs = p + 1;
    if (is_news_dateline(text)) continue;  // 新华社北京3月12日电 is no title
    if (date) {
      if (!date_year) date_year = stated_year(text);
    } else if (!fm.title_paragraph && (markup[p].bold_line || markup[p].heading_level > 0 ||
                                       utf8::count_code_points(text) <= 40)) {
      fm.title_paragraph = p;
    }
  }
  // The year: the date line, else the title, else a date line just after the front matter (a
  // speaker line ended it early), else the first date near the top.
  std::string title = doc.title;
  if (title.empty() && fm.title_paragraph)
    title = doc.slice(doc.paragraphs[*fm.title_paragraph].range);
  fm.year = date_year ? date_year : stated_year(title);
  const std::size_t after = std::min(doc.paragraphs.size(), fm.paragraphs + 1);
  for (std::size_t p = fm.paragraphs; p < after && !fm.year; ++p) {
    std::string_view text = doc.slice(doc.paragraphs[p].range);
    if (auto y = stated_year(text.substr(0, std::min<std::size_t>(text.size(), 60)))) {
      if (is_date_line(text)) fm.year = y;
    }
  }
  if (!fm.year) fm.year = date_near_top(doc.text);
  return fm;
}

}  // namespace zz::text
