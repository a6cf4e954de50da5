// split_sentences(): a depth-tracking scan, repeated flat when the brackets do not balance.
#include "sentences.hpp"

#include "zzreport/text/char_class.hpp"
#include "zzreport/text/utf8.hpp"

namespace zz::text {
namespace {

bool is_opening(char32_t c) {
  return c == U'“' || c == U'‘' || c == U'（' || c == U'(' || c == U'《' || c == U'「' ||
         c == U'『' || c == U'【' || c == U'〔';
}

/// One scan; returns false (having appended nothing) when brackets matter and do not balance.
bool scan(std::string_view text, ByteRange range, bool use_depth, std::vector<ByteRange>& out) {
  const std::size_t first = out.size();
  int depth = 0;
  std::uint32_t start = range.begin;
  std::size_t i = range.begin;
  while (i < range.end) {
    char32_t c = utf8::next_code_point(text, i);
    if (use_depth && is_opening(c)) {
      ++depth;
      continue;
    }
    if (use_depth && is_closing(c)) {
      if (depth > 0) --depth;
      continue;
    }
    if (!is_sentence_end(c)) continue;
    // A run of marks (？！, ……) ends one sentence.
    std::size_t j = i;
    while (j < range.end) {
      std::size_t k = j;
      char32_t d = utf8::next_code_point(text, k);
      if (!is_sentence_end(d)) break;
      j = k;
    }
    // Closing quotes and brackets after the mark belong to the sentence; with them the
    // quotation may close (…。” / …！）), which ends the sentence too.
    // A bracket closed after the mark is a parenthesis inside the sentence: （含党组。）作用。
    int d = depth;
    bool bracket = false;
    while (j < range.end) {
      std::size_t k = j;
      char32_t e = utf8::next_code_point(text, k);
      if (!is_closing(e)) break;
      j = k;
      if (d > 0) {
        --d;
        bracket = bracket || (e != U'”' && e != U'’' && e != U'」' && e != U'』');
      }
    }
    i = j;
    if (use_depth && (d > 0 || bracket)) {
      depth = d;
      continue;
    }
    depth = d;
    out.push_back({start, static_cast<std::uint32_t>(i)});
    start = static_cast<std::uint32_t>(i);
  }
  if (use_depth && depth != 0) {
    out.resize(first);
    return false;
  }
  if (start < range.end) out.push_back({start, range.end});
  return true;
}

}  // namespace

void split_sentences(std::string_view text, ByteRange range, std::vector<ByteRange>& out) {
  if (!scan(text, range, true, out)) scan(text, range, false, out);
}

}  // namespace zz::text
