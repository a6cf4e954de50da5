// place_of() and clauses_before(): a figure's sentence and the clauses before its number.
#include "figure_context.hpp"

#include <algorithm>
#include <array>

namespace zz::extract {

Place place_of(const text::Document& doc, const Quantity& q) {
  const std::vector<text::Sentence>& sentences = doc.sentences;
  auto it =
      std::upper_bound(sentences.begin(), sentences.end(), q.span.begin,
                       [](std::uint32_t at, const text::Sentence& s) { return at < s.span.begin; });
  if (it == sentences.begin()) return {};
  const text::Sentence& s = *(it - 1);
  Place p;
  p.sentence = doc.slice(s.range);
  if (s.paragraph < doc.paragraphs.size()) {
    text::ByteRange paragraph = doc.paragraphs[s.paragraph].range;
    p.paragraph_before = doc.slice({paragraph.begin, std::max(paragraph.begin, s.range.begin)});
  }
  std::size_t quote = p.sentence.find(q.quote);
  std::size_t from = quote == std::string_view::npos ? 0 : quote;
  std::size_t number =
      q.value_text.empty() ? std::string_view::npos : p.sentence.find(q.value_text, from);
  p.number = number == std::string_view::npos ? p.sentence.size() : number;
  return p;
}

/// The clause before the number: back to the previous ，；。 (or `clauses` of them).
std::string_view clauses_before(std::string_view sentence, std::size_t number, int clauses) {
  static constexpr std::array<std::string_view, 4> kBreaks{"，", "；", "：", "。"};
  std::size_t begin = number;
  for (int k = 0; k < clauses && begin > 0; ++k) {
    std::size_t best = 0;
    for (std::string_view b : kBreaks) {
      std::size_t at = sentence.substr(0, begin).rfind(b);
      if (at != std::string_view::npos)
        best = std::max(best, at + (k + 1 < clauses ? 0 : b.size()));
    }
    begin = best;
  }
  return sentence.substr(begin, number - begin);
}

/// Whether the figure at the end of `before` stands in a list of figures in its own clause
/// (城乡居民收入增长5％和3％左右, 实际增长9.8%和8.5%), from the clause's start.
std::size_t clause_list_start(std::string_view before, std::string_view after) {
  std::size_t clause = 0;
  for (std::string_view b : {"，", "；", "：", "。"}) {
    std::size_t at = before.rfind(b);
    if (at != std::string_view::npos) clause = std::max(clause, at + b.size());
  }
  std::string_view own = before.substr(clause);
  for (std::string_view mark : {"%和", "%、", "％和", "％、"}) {
    if (own.find(mark) != std::string_view::npos) return clause;
    // The figure's own % followed by 和 or 、 and another figure.
    std::size_t at = after.find(mark);
    if (at != std::string_view::npos &&
        after.substr(0, at).find_first_not_of("0123456789.") == std::string_view::npos)
      return clause;
  }
  return std::string_view::npos;
}

}  // namespace zz::extract
