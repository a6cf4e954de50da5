// Fuzz target: Segmenter::segment() of valid UTF-8: tokens cover the text in order, without gaps
// or overlaps, each non-empty and cut at code point boundaries.
#include <cstddef>
#include <cstdint>
#include <vector>

#include "fuzz_check.hpp"
#include "zzreport/segment/lexicon.hpp"
#include "zzreport/segment/segmenter.hpp"

namespace {

const zz::segment::Segmenter& segmenter() {
  static const zz::segment::Lexicon lexicon = [] {
    zz::segment::Lexicon l;
    for (const char* word : {"长株潭", "一体化", "三高四新", "高质量发展", "2035年", "百分点"})
      l.add(word, 100);
    return l;
  }();
  static const zz::segment::Segmenter instance(&lexicon);
  return instance;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace zz;
  std::string_view text = fuzz::as_text(data, size);
  if (!fuzz::is_valid_utf8(text)) return 0;
  std::vector<segment::Token> tokens;
  segmenter().segment(text, tokens);
  std::uint32_t at = 0;
  for (const segment::Token& t : tokens) {
    fuzz::check(t.begin == at, "tokens leave a gap or overlap");
    fuzz::check(t.end > t.begin && t.end <= text.size(), "empty token or token past the end");
    fuzz::check(fuzz::is_boundary(text, t.end), "token cut inside a character");
    at = t.end;
  }
  fuzz::check(at == text.size(), "tokens do not cover the text");
  return 0;
}
