// find_stray_latin(): one scan over the normalised text for runs of ASCII letters.
#include "stray_latin.hpp"

#include <array>
#include <string_view>

#include "zzreport/text/char_class.hpp"
#include "zzreport/text/utf8.hpp"

namespace zz::text {
namespace {

constexpr std::array<std::string_view, 16> kFunctionWords = {
    "and", "or", "the", "of",  "to", "in", "for",  "with",
    "on",  "by", "is",  "are", "at", "as", "from", "an"};

bool is_function_word(std::string_view w) {
  for (std::string_view f : kFunctionWords) {
    if (w == f) return true;
  }
  return false;
}

/// The code point before byte `at`, or 0 at the start.
char32_t before(std::string_view s, std::size_t at) {
  if (at == 0) return 0;
  std::size_t i = utf8::previous_boundary(s, static_cast<std::uint32_t>(at));
  return utf8::next_code_point(s, i);
}

char32_t after(std::string_view s, std::size_t at) {
  if (at >= s.size()) return 0;
  return utf8::next_code_point(s, at);
}

}  // namespace

void find_stray_latin(Document& doc) {
  std::string_view t = doc.text;
  for (std::size_t i = 0; i < t.size();) {
    if (!is_ascii_letter(static_cast<unsigned char>(t[i]))) {
      ++i;
      continue;
    }
    std::size_t end = i;
    bool lower = true;
    while (end < t.size() && is_ascii_letter(static_cast<unsigned char>(t[end]))) {
      lower = lower && t[end] >= 'a';
      ++end;
    }
    std::string_view word = t.substr(i, end - i);
    const std::size_t begin = i;
    i = end;
    if (!lower || word.size() < 2) continue;
    bool space_before = begin > 0 && t[begin - 1] == ' ';
    bool space_after = end < t.size() && t[end] == ' ';
    char32_t left = before(t, space_before ? begin - 1 : begin);
    char32_t right = after(t, space_after ? end + 1 : end);
    if (!is_cjk(left) || !is_cjk(right)) continue;
    bool apart =
        (space_before && space_after) || (is_function_word(word) && (space_before || space_after));
    if (!apart) continue;
    ByteRange r{static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end)};
    doc.warnings.push_back(
        {"stray_latin", "stray Latin word in Chinese prose: " + std::string(word), doc.span_of(r)});
  }
}

}  // namespace zz::text
