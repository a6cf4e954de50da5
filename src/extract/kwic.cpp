// concordance(): occurrences of a term with their context, for keyword-in-context views.
#include "zzreport/extract/kwic.hpp"

#include "zzreport/text/utf8.hpp"

namespace zz::extract {
namespace {

/// `text` with line breaks (paragraph ends) as spaces: one line of context.
std::string one_line(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c == '\n') c = ' ';
  }
  return out;
}

}  // namespace

std::vector<Concordance> concordance(const text::Document& doc, const std::string& term,
                                     std::size_t width) {
  std::vector<Concordance> out;
  std::string_view text = doc.text;
  if (term.empty()) return out;
  for (std::size_t at = text.find(term); at != std::string_view::npos;
       at = text.find(term, at + term.size())) {
    auto begin = static_cast<std::uint32_t>(at);
    auto end = static_cast<std::uint32_t>(at + term.size());
    std::uint32_t left = begin;
    for (std::size_t n = 0; n < width && left > 0; ++n)
      left = text::utf8::previous_boundary(text, left);
    std::size_t right = end;
    for (std::size_t n = 0; n < width && right < text.size(); ++n)
      text::utf8::next_code_point(text, right);
    out.push_back({doc.span_of({begin, end}), one_line(text.substr(left, begin - left)),
                   std::string(text.substr(begin, end - begin)),
                   one_line(text.substr(end, right - end))});
  }
  return out;
}

}  // namespace zz::extract
