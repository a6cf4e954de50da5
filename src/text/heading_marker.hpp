// Heading numbering at the start of a line: 第一章, 一、, （一）, 1. / 1、, （1）, 1）, ①, 第一，.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace zz::text {

/// The kinds of numbering; each kind is one level of a report's outline.
enum class MarkerStyle : std::uint8_t {
  part,           ///< 第一篇, 第一编, 第一部分 (five-year plans: 篇 above 章)
  chapter,        ///< 第一章
  section,        ///< 第一节
  chinese,        ///< 一、
  chinese_paren,  ///< （一）, (一) or ㈠
  number,         ///< 1. / 1、 / 1．
  number_paren,   ///< （1） or (1)
  number_close,   ///< 1） or 1)
  circled,        ///< ① ... ⑳
  ordinal,        ///< 第一， / 第一、
};

struct HeadingMarker {
  MarkerStyle style;
  std::uint32_t length;  ///< bytes of the marker ("二、" is 6 bytes)
};

/// The numbering that opens `line` (normalised UTF-8), if any. "1.5%" and "2021年" are not markers.
std::optional<HeadingMarker> match_heading_marker(std::string_view line);

}  // namespace zz::text
