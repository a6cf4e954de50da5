// remove_page_markers(): a small hand-written matcher (no regex) run at every 上, 下, 紧, 续, 接,
// 转 and opening bracket of a line.
#include "page_markers.hpp"

#include <array>
#include <string_view>

#include "zzreport/text/char_class.hpp"

namespace zz::text {
namespace {

bool is_open(char32_t c) {
  return c == U'（' || c == U'(' || c == U'《' || c == U'〈' || c == U'【' || c == U'[' ||
         c == U'〔';
}
bool is_close(char32_t c) {
  return c == U'）' || c == U')' || c == U'》' || c == U'〉' || c == U'】' || c == U']' ||
         c == U'〕';
}
bool is_page_digit(char32_t c) {
  return is_ascii_digit(c) || (c >= U'０' && c <= U'９') ||
         std::u32string_view(U"一二三四五六七八九十〇零").find(c) != std::u32string_view::npos;
}
bool is_page_letter(char32_t c) { return (c >= U'A' && c <= U'Z') || (c >= U'Ａ' && c <= U'Ｚ'); }

constexpr std::array<std::u32string_view, 5> kLeads = {U"上接", U"下转", U"紧接", U"紧转", U"续接"};

/// Length of the lead word at `i` (0 if none); `bracketed` allows the one-character 接 / 转.
std::size_t match_lead(const CharLine& line, std::size_t i, bool bracketed) {
  for (std::u32string_view lead : kLeads) {
    if (chars_equal(line, i, lead)) return lead.size();
  }
  if (bracketed && i < line.size() && (line[i].cp == U'接' || line[i].cp == U'转')) return 1;
  return 0;
}

/// Matches a marker starting at `start`; returns its end index, or `start` when there is none.
std::size_t match_marker(const CharLine& line, std::size_t start) {
  const std::size_t n = line.size();
  std::size_t i = start;
  bool bracketed = false;
  if (i < n && is_open(line[i].cp)) {
    bracketed = true;
    ++i;
  } else {
    // 》》》下转B1版: a run of arrows or >>> stands for the bracket.
    std::size_t arrows = 0;
    while (i < n && (line[i].cp == U'》' || line[i].cp == U'>')) ++i, ++arrows;
    bracketed = arrows >= 2;
    if (!bracketed) i = start;
  }
  std::size_t lead = match_lead(line, i, bracketed);
  if (lead == 0) return start;
  i += lead;
  if (i < n && line[i].cp == U'第') ++i;
  if (i < n && is_page_letter(line[i].cp)) ++i;
  std::size_t digits = 0;
  while (i < n && is_page_digit(line[i].cp) && digits < 4) ++i, ++digits;
  if (digits == 0 || digits > 3) return start;
  bool edition = i < n && line[i].cp == U'版';
  if (edition) ++i;
  bool closed = i < n && is_close(line[i].cp);
  if (closed) ++i;
  // Without 版 only a fully bracketed form is a marker: （下转A2）.
  if (!edition && !(bracketed && closed)) return start;
  return i;
}

}  // namespace

void remove_page_markers(CharLine& line, std::vector<Span>& removed) {
  std::size_t out = 0;
  for (std::size_t i = 0; i < line.size();) {
    const char32_t c = line[i].cp;
    // Only these can start a marker; the test keeps the common case to one comparison chain.
    bool may_start = is_open(c) || c == U'》' || c == U'>' || c == U'上' || c == U'下' ||
                     c == U'紧' || c == U'续';
    std::size_t end = may_start ? match_marker(line, i) : i;
    if (end == i) {
      line[out++] = line[i++];
      continue;
    }
    removed.push_back({line[i].orig, line[end - 1].orig + 1});
    while (out > 0 && is_space(line[out - 1].cp)) --out;
    i = end;
    while (i < line.size() && is_space(line[i].cp)) ++i;
    // Keep one space between two Latin words or numbers the marker separated.
    if (out > 0 && i < line.size() && is_ascii_alnum(line[out - 1].cp) &&
        is_ascii_alnum(line[i].cp)) {
      line[out++] = {U' ', line[i - 1].orig};
    }
  }
  line.resize(out);
}

}  // namespace zz::text
