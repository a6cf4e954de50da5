// continues_paragraph(): the rejoining rule; docs/text.md records what it does on the corpus.
#include "paragraph_join.hpp"

#include "heading_marker.hpp"
#include "zzreport/text/char_class.hpp"
#include "zzreport/text/utf8.hpp"

namespace zz::text {
namespace {

char32_t first_cp(std::string_view s) {
  std::size_t i = 0;
  return utf8::next_code_point(s, i);
}

char32_t last_cp(std::string_view s) {
  std::size_t i = utf8::previous_boundary(s, static_cast<std::uint32_t>(s.size()));
  return utf8::next_code_point(s, i);
}

// A paragraph this long is prose even without a full stop (a run-on sentence cut by the page).
constexpr std::uint32_t kMinRunOnChars = 80;

/// Where the last sentence of `s` starts: just past its last 。！？；, or 0 if it has none.
std::size_t last_sentence_start(std::string_view s) {
  std::size_t start = 0;
  for (std::size_t i = 0; i < s.size();) {
    if (is_sentence_end(utf8::next_code_point(s, i))) start = i;
  }
  return start;
}

bool is_word_char(char32_t c) { return is_han(c) || is_ascii_alnum(c); }

}  // namespace

bool continues_paragraph(const JoinLine& prev, const JoinLine& next, bool page_break) {
  if (prev.text.empty() || next.text.empty() || prev.markup || next.markup) return false;
  if (!is_word_char(first_cp(next.text))) return false;
  if (match_heading_marker(next.text)) return false;
  const std::size_t last = last_sentence_start(prev.text);
  // The open end is a heading run into the paragraph before it (…提出意见。一、2003年工作的回顾).
  if (!prev.long_run && match_heading_marker(prev.text.substr(last))) return false;
  if (page_break) {
    char32_t end = last_cp(prev.text);
    return is_word_char(end) || end == U'，' || end == U'、' || end == U'%' || end == U'％';
  }
  if (next.indented || !is_word_char(last_cp(prev.text))) return false;
  // Prose: a paragraph with a finished sentence, or a long one. Headings without numbers
  // (负重奋进，新时代幸福六安建设迈出崭新步伐) have neither.
  return prev.finished || prev.long_run || last > 0 ||
         utf8::count_code_points(prev.text) >= kMinRunOnChars;
}

}  // namespace zz::text
