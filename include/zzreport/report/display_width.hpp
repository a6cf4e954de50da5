// Display width of UTF-8 text in a terminal (East Asian Width), for tables that line up in a pager.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace zz::report {

/// Columns a terminal uses for `utf8`: 2 for East Asian Wide and Fullwidth characters (汉字, 。，),
/// 0 for combining marks, format and control characters, 1 otherwise (Ambiguous counts as 1, as in
/// terminals outside CJK locales). Invalid bytes count 1 each.
std::size_t display_width(std::string_view utf8);

/// `utf8` cut to at most `width` columns, with "…" at the end when anything was cut.
std::string truncate_to_width(std::string_view utf8, std::size_t width);

/// `utf8` followed by spaces up to `width` columns (unchanged when already as wide).
std::string pad_to_width(std::string_view utf8, std::size_t width);

}  // namespace zz::report
