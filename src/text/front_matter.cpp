// read_front_matter(), find_level(): cues checked on the corpus folders
// (国务院 / 省自治区 / 主要城市 / 其他地市) and file names (YEAR.md); see docs/text.md.
#include "front_matter.hpp"

#include <algorithm>  // std::min
#include <array>

#include "heading_marker.hpp"
#include "zzreport/text/char_class.hpp"
#include "zzreport/text/numerals.hpp"
#include "zzreport/text/utf8.hpp"

namespace zz::text {
namespace {

constexpr std::size_t kMaxFrontParagraphs = 8;
// The years a report of the People's Republic can be dated.
constexpr int kFirstYear = 1949;
constexpr int kLastYear = 2100;
// Paragraphs after the front matter that may still name the government: a salutation, then
// 现在，我代表市人民政府… (浙江 1979 puts 革委会主任： before them).
constexpr std::size_t kCueParagraphs = 3;

bool contains(std::string_view s, std::string_view what) { return s.find(what) != std::string_view::npos; }

/// The year a date or title line states: 2024年, 二〇一二年, 一九八九年, within the years above.
std::optional<int> stated_year(std::string_view line) {
  return find_year(line, kFirstYear, kLastYear);
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

bool is_prose(std::string_view p) {
  return contains(p, "。") || contains(p, "，") || contains(p, "；") || contains(p, "：");
}

/// ——2024年3月5日在…, --2015年…, 2021年3月1日在…, （2021年1月12日）.
bool is_date_line(std::string_view p) {
  for (std::string_view dash : {"—", "-", "─", "－", "（", "("}) {
    if (p.substr(0, dash.size()) == dash) return stated_year(p).has_value();
  }
  // The first 16 bytes, cut back to a code-point boundary: a year stated at the start of the line.
  std::size_t head = std::min<std::size_t>(p.size(), 16);
  while (head > 0 && head < p.size() && utf8::is_continuation(static_cast<unsigned char>(p[head]))) --head;
  return stated_year(p.substr(0, head)).has_value() && (contains(p, "会议") || contains(p, "日"));
}

/// The administrative unit that ends `name` (the text just before 第…届人民代表大会 or 人民政府).
std::string level_of_name(std::u32string_view name) {
  auto ends = [&](std::u32string_view suffix) {
    return name.size() >= suffix.size() && name.substr(name.size() - suffix.size()) == suffix;
  };
  if (ends(U"全国")) return "national";
  if (ends(U"自治区") || ends(U"省")) return "provincial";
  if (ends(U"市") || ends(U"自治州") || ends(U"州") || ends(U"地区") || ends(U"盟")) return "city";
  if (ends(U"区") || ends(U"县") || ends(U"旗")) return "district";
  return "";
}

/// Decodes `s`, which callers may have cut at a byte count: a truncated last sequence is dropped.
std::u32string to_u32(std::string_view s) {
  if (!s.empty()) {
    std::size_t lead = s.size() - 1;
    while (lead > 0 && utf8::is_continuation(static_cast<unsigned char>(s[lead]))) --lead;
    auto c = static_cast<unsigned char>(s[lead]);
    std::size_t need = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (lead + need > s.size()) s = s.substr(0, lead);
  }
  std::u32string out;
  for (std::size_t i = 0; i < s.size();) out += utf8::next_code_point(s, i);
  return out;
}

/// The level named just before each occurrence of `anchor`, skipping 第…届 and the like.
std::string level_before(const std::u32string& text, std::u32string_view anchor) {
  for (std::size_t at = text.find(anchor); at != std::u32string::npos; at = text.find(anchor, at + 1)) {
    std::size_t end = at;
    // 白城市第六届人民代表大会: drop 第六届 (and 第十四届 …) before the name.
    std::size_t di = text.rfind(U'第', end);
    if (di != std::u32string::npos && end - di <= 6) end = di;
    // 吉林省2006年政府工作报告: drop the year before the name too.
    if (end > 0 && text[end - 1] == U'年') {
      std::size_t y = end - 1;
      while (y > 0 && is_ascii_digit(text[y - 1])) --y;
      if (end - 1 - y == 4) end = y;
    }
    std::size_t begin = end;
    while (begin > 0 && end - begin < 12 && is_han(text[begin - 1]) && text[begin - 1] != U'在' &&
           text[begin - 1] != U'代' && text[begin - 1] != U'表') {
      --begin;
    }
    std::string level = level_of_name(text.substr(begin, end - begin));
    if (!level.empty()) return level;
  }
  return "";
}

}  // namespace

std::string find_level(std::string_view text) {
  for (std::string_view cue : {"全国人民代表大会", "全国代表大会", "代表国务院", "国务院总理", "国务院副总理",
                              "国务院政府工作报告", "中华人民共和国国民经济"}) {
    if (contains(text, cue)) return "national";
  }
  std::u32string t = to_u32(text);
  // 白城市第六届人民代表大会, 中国共产党株洲市第十三次代表大会, 海拉尔区人民政府,
  // 杭州市国民经济和社会发展第十四个五年规划, 2015年郑州市政府工作报告.
  for (std::u32string_view anchor :
       {std::u32string_view(U"人民代表大会"), std::u32string_view(U"代表大会"), std::u32string_view(U"人民政府"),
        std::u32string_view(U"国民经济和社会发展"), std::u32string_view(U"政府")}) {
    std::string level = level_before(t, anchor);
    if (!level.empty()) return level;
  }
  constexpr std::array<std::pair<std::u32string_view, const char*>, 7> kTitles = {{
      {U"总理", "national"}, {U"省长", "provincial"}, {U"自治区主席", "provincial"},
      {U"市长", "city"}, {U"州长", "city"}, {U"区长", "district"}, {U"县长", "district"}}};
  for (const auto& [title, level] : kTitles) {
    if (t.find(title) != std::u32string::npos) return level;
  }
  return "";
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
    if (date) {
      if (!date_year) date_year = stated_year(text);
    } else if (!fm.title_paragraph && (markup[p].bold_line || markup[p].heading_level > 0 ||
                                       utf8::count_code_points(text) <= 40)) {
      fm.title_paragraph = p;
    }
  }
  // The year: the date line, else the title, else the first date in the opening paragraphs (and
  // at last a date near the top, below).
  std::string title = doc.title;
  if (title.empty() && fm.title_paragraph) title = doc.slice(doc.paragraphs[*fm.title_paragraph].range);
  fm.year = date_year ? date_year : stated_year(title);
  // The level: the title and front matter, then the opening sentence (我代表市人民政府…).
  std::string header = title;
  const std::size_t cue_paragraphs = std::min(doc.paragraphs.size(), fm.paragraphs + kCueParagraphs);
  for (std::size_t p = 0; p < cue_paragraphs; ++p) {
    std::string_view text = doc.slice(doc.paragraphs[p].range);
    header += '\n';
    header += text.substr(0, std::min<std::size_t>(text.size(), 240));
    if (!fm.year && p < fm.paragraphs + 1) {
      if (auto y = stated_year(text.substr(0, std::min<std::size_t>(text.size(), 60)))) {
        if (is_date_line(text)) fm.year = y;
      }
    }
  }
  if (!fm.year) fm.year = date_near_top(doc.text);
  fm.level = find_level(header);
  return fm;
}

}  // namespace zz::text
