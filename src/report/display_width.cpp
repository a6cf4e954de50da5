// display_width(): terminal columns by the Unicode East Asian Width property (UAX #11), via ICU.
#include "zzreport/report/display_width.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace zz::report {
namespace {

std::size_t code_point_width(UChar32 c) {
  if (c < 0) return 1;  // an invalid byte: the terminal shows a replacement character
  if (c == 0x200D || (c >= 0x1160 && c <= 0x11FF)) return 0;  // ZWJ, Hangul medial jamo
  switch (u_charType(c)) {
    case U_NON_SPACING_MARK:
    case U_ENCLOSING_MARK:
    case U_FORMAT_CHAR:
    case U_CONTROL_CHAR:
      return 0;
    default:
      break;
  }
  auto width = static_cast<UEastAsianWidth>(u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH));
  return width == U_EA_WIDE || width == U_EA_FULLWIDTH ? 2 : 1;
}

/// Calls f(code point, byte offset, byte length) for each code point of `s`.
template <typename F>
void for_each_code_point(std::string_view s, F&& f) {
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(s.data());
  const auto length = static_cast<std::int32_t>(s.size());
  std::int32_t i = 0;
  while (i < length) {
    std::int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    if (!f(c, static_cast<std::size_t>(start), static_cast<std::size_t>(i - start))) return;
  }
}

}  // namespace

std::size_t display_width(std::string_view utf8) {
  std::size_t width = 0;
  for_each_code_point(utf8, [&](UChar32 c, std::size_t, std::size_t) {
    width += code_point_width(c);
    return true;
  });
  return width;
}

std::string truncate_to_width(std::string_view utf8, std::size_t width) {
  if (display_width(utf8) <= width) return std::string(utf8);
  if (width == 0) return {};
  constexpr std::string_view kEllipsis = "…";  // one column
  std::size_t used = 0;
  std::size_t cut = 0;
  for_each_code_point(utf8, [&](UChar32 c, std::size_t offset, std::size_t length) {
    std::size_t w = code_point_width(c);
    if (used + w > width - 1) return false;
    used += w;
    cut = offset + length;
    return true;
  });
  return std::string(utf8.substr(0, cut)) + std::string(kEllipsis);
}

std::string pad_to_width(std::string_view utf8, std::size_t width) {
  std::string out(utf8);
  std::size_t w = display_width(utf8);
  if (w < width) out.append(width - w, ' ');
  return out;
}

}  // namespace zz::report
