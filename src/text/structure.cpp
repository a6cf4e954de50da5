// build_structure(): paragraphs (non-empty lines), sentences and headings.
#include "zzreport/text/structure.hpp"

#include <string_view>

namespace zz::text {
namespace {

bool ends_sentence(std::string_view text, std::size_t i, std::size_t& length) {
  for (std::string_view mark : {"。", "！", "？", "；", "!", "?", ";"}) {
    if (text.substr(i, mark.size()) == mark) {
      length = mark.size();
      return true;
    }
  }
  return false;
}

void split_sentences(Document& doc, std::uint32_t paragraph) {
  const ByteRange range = doc.paragraphs[paragraph].range;
  std::string_view text = doc.text;
  std::uint32_t start = range.begin;
  for (std::uint32_t i = range.begin; i < range.end;) {
    std::size_t length = 0;
    if (ends_sentence(text, i, length)) {
      i += static_cast<std::uint32_t>(length);
      doc.sentences.push_back({{start, i}, doc.span_of({start, i}), paragraph});
      start = i;
    } else {
      ++i;
    }
  }
  if (start < range.end) doc.sentences.push_back({{start, range.end}, doc.span_of({start, range.end}), paragraph});
}

}  // namespace

void build_structure(Document& doc) {
  std::string_view text = doc.text;
  std::uint32_t start = 0;
  const auto size = static_cast<std::uint32_t>(text.size());
  for (std::uint32_t i = 0; i <= size; ++i) {
    if (i == size || text[i] == '\n') {
      std::uint32_t b = start, e = i;
      while (b < e && (text[b] == ' ' || text[b] == '\t')) ++b;
      while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\t')) --e;
      if (b < e) {
        doc.paragraphs.push_back({{b, e}, doc.span_of({b, e})});
        split_sentences(doc, static_cast<std::uint32_t>(doc.paragraphs.size() - 1));
      }
      start = i + 1;
    }
  }
}

}  // namespace zz::text
