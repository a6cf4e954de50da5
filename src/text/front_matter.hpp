// The front matter of a report (title line, date line, speaker) and what it tells: the title, the
// year the report was given and the administrative level of the government that gave it.
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
  std::optional<int> year;
  std::string level;
};

/// Reads the front matter of a structured document: the leading paragraphs before the first
/// prose or numbered heading (at most 8); `markup` is per paragraph.
FrontMatter read_front_matter(const Document& doc, const std::vector<LineMarkup>& markup);

/// The level named by header text: "national" (全国人民代表大会, 国务院), "provincial" (省,
/// 自治区), "city" (市, 自治州, 地区, 盟), "district" (区, 县, 旗), or "" when it names none.
std::string find_level(std::string_view text);

}  // namespace zz::text
