// find_duplicates(): a hash of sentence texts, then runs of sentences whose predecessors repeat
// in step with them.
#include "duplicates.hpp"

#include <string_view>
#include <unordered_map>
#include <vector>

#include "zzreport/text/char_class.hpp"
#include "zzreport/text/utf8.hpp"

namespace zz::text {
namespace {

// The shortest repeated passage worth a warning. Repeated salutations and slogans are under 12
// Han characters; the shortest real duplicate seen in the corpus and seed is a full sentence.
constexpr std::uint32_t kMinDuplicateHan = 20;
constexpr std::uint32_t kNone = UINT32_MAX;

std::uint32_t han_count(std::string_view s) {
  std::uint32_t n = 0;
  for (std::size_t i = 0; i < s.size();) n += is_han(utf8::next_code_point(s, i)) ? 1u : 0u;
  return n;
}

bool is_closed(std::string_view s) {
  std::uint32_t at = static_cast<std::uint32_t>(s.size());
  while (at > 0) {
    at = utf8::previous_boundary(s, at);
    std::size_t i = at;
    char32_t c = utf8::next_code_point(s, i);
    if (is_closing(c)) continue;
    return is_sentence_end(c);
  }
  return false;
}

std::string excerpt(std::string_view s) {
  constexpr int kChars = 16;
  std::size_t at = 0;
  int k = 0;
  while (at < s.size() && k < kChars) utf8::next_code_point(s, at), ++k;
  return std::string(s.substr(0, at)) + (at < s.size() ? "…" : "");
}

/// Widens a repeated passage backwards while the text before both copies agrees, within their
/// paragraphs: the copy "…方式，升级永无止境。我们要…" also repeats 升级永无止境。 although that
/// sentence of the first copy is longer.
void extend_backwards(const Document& doc, ByteRange& copy, ByteRange& first) {
  std::string_view t = doc.text;
  while (copy.begin > 0 && first.begin > 0) {
    std::uint32_t a = utf8::previous_boundary(t, copy.begin);
    std::uint32_t b = utf8::previous_boundary(t, first.begin);
    std::string_view ca = t.substr(a, copy.begin - a);
    if (ca == "\n" || ca != t.substr(b, first.begin - b) || t[b] == '\n') break;
    copy.begin = a;
    first.begin = b;
  }
}

}  // namespace

void find_duplicates(Document& doc) {
  const std::size_t n = doc.sentences.size();
  std::vector<std::uint32_t> earlier(n, kNone);  // first occurrence of the same sentence
  std::unordered_map<std::string_view, std::uint32_t> seen;
  seen.reserve(n);
  for (std::size_t i = 0; i < n; ++i) {
    std::string_view s = doc.slice(doc.sentences[i].range);
    if (s.size() < 6 || !is_closed(s)) continue;  // two Han characters take 6 bytes
    auto [it, inserted] = seen.emplace(s, static_cast<std::uint32_t>(i));
    if (!inserted) earlier[i] = it->second;
  }
  for (std::size_t i = 0; i < n;) {
    if (earlier[i] == kNone) {
      ++i;
      continue;
    }
    const std::uint32_t source = earlier[i];
    std::size_t k = 1;
    while (i + k < n && earlier[i + k] == source + k) ++k;
    ByteRange passage{doc.sentences[i].range.begin, doc.sentences[i + k - 1].range.end};
    ByteRange first{doc.sentences[source].range.begin, doc.sentences[source + k - 1].range.end};
    extend_backwards(doc, passage, first);
    if (han_count(doc.slice(passage)) >= kMinDuplicateHan) {
      Span at = doc.span_of(first);
      doc.warnings.push_back({"duplicate",
                              "passage repeated from characters " + std::to_string(at.begin) + "-" +
                                  std::to_string(at.end) + ": " + excerpt(doc.slice(passage)),
                              doc.span_of(passage)});
    }
    i += k;
  }
}

}  // namespace zz::text
