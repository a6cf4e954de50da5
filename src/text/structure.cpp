// build_structure(): paragraphs are the lines of the normalised text; sentences, front matter and
// sections are found by sentences.cpp, front_matter.cpp and sections.cpp.
#include "structure.hpp"

#include <string_view>

#include "front_matter.hpp"
#include "sections.hpp"
#include "sentences.hpp"

namespace zz::text {

void build_structure(Document& doc, const std::vector<LineMarkup>& markup) {
  std::string_view text = doc.text;
  const auto size = static_cast<std::uint32_t>(text.size());
  std::vector<LineMarkup> per_paragraph;
  std::vector<std::size_t> first_sentence;
  std::vector<ByteRange> ranges;
  std::size_t next_markup = 0;
  std::uint32_t start = 0;
  for (std::uint32_t i = 0; i <= size; ++i) {
    if (i < size && text[i] != '\n') continue;
    std::uint32_t b = start, e = i;
    while (b < e && text[b] == ' ') ++b;
    while (e > b && text[e - 1] == ' ') --e;
    while (next_markup < markup.size() && markup[next_markup].line_begin < start) ++next_markup;
    if (b < e) {
      const auto index = static_cast<std::uint32_t>(doc.paragraphs.size());
      doc.paragraphs.push_back({{b, e}, doc.span_of({b, e})});
      bool has_markup = next_markup < markup.size() && markup[next_markup].line_begin == start;
      per_paragraph.push_back(has_markup ? markup[next_markup] : LineMarkup{});
      first_sentence.push_back(doc.sentences.size());
      ranges.clear();
      split_sentences(text, {b, e}, ranges);
      for (ByteRange r : ranges) doc.sentences.push_back({r, doc.span_of(r), index});
    }
    start = i + 1;
  }
  FrontMatter fm = read_front_matter(doc, per_paragraph);
  if (doc.title.empty() && fm.title_paragraph) {
    doc.title = std::string(doc.slice(doc.paragraphs[*fm.title_paragraph].range));
  }
  doc.front_paragraphs = static_cast<std::uint32_t>(fm.paragraphs);
  doc.stated_year = fm.year;
  find_sections(doc, per_paragraph, first_sentence, fm.paragraphs);
}

}  // namespace zz::text
