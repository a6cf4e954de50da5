// Code-point navigation and clause boundaries for the quantity rules.
#include "clauses.hpp"

#include <algorithm>

#include "zzreport/text/utf8.hpp"

namespace zz::extract {

char32_t code_point_at(std::string_view text, std::uint32_t i, std::uint32_t* len) {
  if (i >= text.size()) {
    if (len) *len = 0;
    return 0;
  }
  std::size_t next = i;
  char32_t cp = text::utf8::next_code_point(text, next);
  if (len) *len = static_cast<std::uint32_t>(next - i);
  return cp;
}

char32_t code_point_before(std::string_view text, std::uint32_t i, std::uint32_t* start) {
  if (i == 0 || i > text.size()) {
    if (start) *start = i;
    return 0;
  }
  std::uint32_t b = text::utf8::previous_boundary(text, i);
  if (start) *start = b;
  return code_point_at(text, b);
}

bool is_clause_break(char32_t cp) {
  switch (cp) {
    case U'，':
    case U',':
    case U'；':
    case U';':
    case U'：':
    case U':':
    case U'。':
    case U'！':
    case U'!':
    case U'？':
    case U'?':
    case U'\n':
      return true;
    default:
      return false;
  }
}

namespace {

bool breaks(char32_t cp, ClauseLevel level) {
  switch (level) {
    case ClauseLevel::sentence:
      return cp == U'。' || cp == U'！' || cp == U'？' || cp == U'；' || cp == U';' || cp == U'!' ||
             cp == U'?' || cp == U'\n';
    case ClauseLevel::clause:
      return is_clause_break(cp);
    case ClauseLevel::list_item:
      return is_clause_break(cp) || cp == U'、';
  }
  return false;
}

int nesting(char32_t cp) {
  switch (cp) {
    case U'“':
    case U'《':
    case U'（':
    case U'(':
      return 1;
    case U'”':
    case U'》':
    case U'）':
    case U')':
      return -1;
    default:
      return 0;
  }
}

}  // namespace

text::ByteRange clause_around(std::string_view text, text::ByteRange within, std::uint32_t begin,
                              std::uint32_t end, ClauseLevel level) {
  // A clause reaches at most this far each way, so that the rules that read a clause stay linear
  // in the text even when a list of thousands of numbers has no break (real clauses are far
  // shorter: clauses of more than 150 characters and sentences of more than 600 are very rare).
  const std::uint32_t reach = level == ClauseLevel::sentence ? 1800 : 450;
  within.begin = std::max(within.begin, begin > reach ? begin - reach : 0);
  within.end = std::min(within.end, end + reach);
  // Walk outwards; a closing mark met walking left (or an opening mark walking right) means we are
  // outside that pair, so breaks inside it are skipped. Pairs are short, so the depth stays small.
  std::uint32_t b = begin;
  int depth = 0;
  while (b > within.begin) {
    std::uint32_t start = 0;
    char32_t cp = code_point_before(text, b, &start);
    int n = nesting(cp);
    if (n < 0) ++depth;
    if (n > 0 && depth > 0) --depth;
    if (depth == 0 && breaks(cp, level)) break;
    b = start;
  }
  std::uint32_t e = end;
  depth = 0;
  while (e < within.end) {
    std::uint32_t len = 0;
    char32_t cp = code_point_at(text, e, &len);
    int n = nesting(cp);
    if (n > 0) ++depth;
    if (n < 0 && depth > 0) --depth;
    if (depth == 0 && breaks(cp, level)) break;
    e += len;
  }
  return {b, e};
}

}  // namespace zz::extract
