// The front matter of a report (title line, date line, speaker) and what it tells: the title and
// the year the report was given. metadata.cpp reads the rest (region, level, year planned, date).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "zzreport/text/document.hpp"
#include "zzreport/text/normalize.hpp"

namespace zz::text {

struct FrontMatter {
  std::size_t paragraphs = 0;  ///< leading paragraphs that are front matter, not body or headings
  std::optional<std::size_t> title_paragraph;  ///< the title line among them, if any
  std::optional<int>
      year;  ///< the year it states: the date line, else the title, else a date near the top
};

/// Reads the front matter of a structured document: the leading paragraphs before the first
/// prose or numbered heading (at most 8); `markup` is per paragraph.
FrontMatter read_front_matter(const Document& doc, const std::vector<LineMarkup>& markup);

/// The year a date or title line states: 2024年, 二〇一二年, 一九八九年 (1949-2100), or nothing;
/// not a year it looks ahead to (2035年远景目标).
std::optional<int> stated_year(std::string_view line);

/// A news agency's dateline before a published text: 新华社北京3月12日电, （人民日报3月6日讯）;
/// never a title.
bool is_news_dateline(std::string_view paragraph);

/// A date line: ——2024年3月5日在…, --2015年…, 2021年3月1日在…, （2021年1月12日）.
bool is_date_line(std::string_view paragraph);

}  // namespace zz::text
