// tidy_spaces(): two linear passes over the line, in place.
#include "spaced_text.hpp"

#include "zzreport/text/char_class.hpp"

namespace zz::text {
namespace {

// Three single characters in a row are a spaced-out word; two are too often a title and a
// two-character name aligned with a space (市长 夏 耕 keeps its spaces after 市长).
constexpr std::size_t kMinSpacedRun = 3;

bool is_unit(char32_t c) { return is_han(c) || is_ascii_digit(c); }

void collapse(CharLine& line) {
  std::size_t out = 0;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i].cp != U' ') {
      line[out++] = line[i];
      continue;
    }
    std::size_t j = i;
    while (j + 1 < line.size() && line[j + 1].cp == U' ') ++j;
    bool edge = out == 0 || j + 1 == line.size();
    bool touches_punct = !edge && (is_cjk_punct(line[out - 1].cp) || is_cjk_punct(line[j + 1].cp));
    if (!edge && !touches_punct) line[out++] = line[i];
    i = j;
  }
  line.resize(out);
}

}  // namespace

int tidy_spaces(CharLine& line) {
  collapse(line);
  int runs = 0;
  const std::size_t n = line.size();
  std::size_t out = 0;
  for (std::size_t i = 0; i < n;) {
    // A run: single characters separated by single spaces, c ' ' c ' ' c; none may be part of a
    // longer word (——1 9 9 3 年 starts at 1; “5 6 700” is not a run of three).
    auto single = [&](std::size_t k) {
      char32_t before = k == 0 ? U' ' : line[k - 1].cp;
      char32_t after = k + 1 < n ? line[k + 1].cp : U' ';
      return is_unit(line[k].cp) && !is_unit(before) && !is_ascii_alnum(before) &&
             !is_unit(after) && !is_ascii_alnum(after);
    };
    std::size_t count = 0;
    if (single(i)) {
      count = 1;
      for (std::size_t j = i; j + 2 < n && line[j + 1].cp == U' ' && single(j + 2); j += 2) ++count;
    }
    if (count < kMinSpacedRun) {
      line[out++] = line[i++];
      continue;
    }
    for (std::size_t k = 0; k < count; ++k) line[out++] = line[i + 2 * k];
    ++runs;
    i += 2 * count - 1;  // just past the run's last character
  }
  line.resize(out);
  return runs;
}

}  // namespace zz::text
