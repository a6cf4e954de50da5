// Traditional-to-simplified folding: a generated table (scripts/gen-traditional-set.cpp, from ICU's
// Hant-Hans transliterator) says which characters need it and what they become. No transliterator
// at run time: creating one costs 15-20 ms, most of a short document's whole analysis.
#include "traditional.hpp"

#include <algorithm>
#include <bitset>
#include <iterator>
#include <utility>

#include "zzreport/text/char_class.hpp"

namespace zz::text {
namespace {

struct Fold {
  char32_t from;
  char32_t to;
};

constexpr Fold kTable[] = {
#include "traditional_set.inc"
};

// The BMP ideograph blocks as a bitset (4 KB) so the common case is one bit test.
constexpr char32_t kBitsetBegin = 0x3400;
constexpr char32_t kBitsetEnd = 0xA000;

const std::bitset<kBitsetEnd - kBitsetBegin>& bmp_bits() {
  static const auto bits = [] {
    std::bitset<kBitsetEnd - kBitsetBegin> b;
    for (const Fold& f : kTable) {
      if (f.from >= kBitsetBegin && f.from < kBitsetEnd) b.set(f.from - kBitsetBegin);
    }
    return b;
  }();
  return bits;
}

const Fold* find(char32_t c) {
  const Fold* it = std::lower_bound(std::begin(kTable), std::end(kTable), c,
                                    [](const Fold& f, char32_t key) { return f.from < key; });
  return it != std::end(kTable) && it->from == c ? it : nullptr;
}

}  // namespace

bool is_traditional(char32_t c) {
  if (c >= kBitsetBegin && c < kBitsetEnd) return bmp_bits().test(c - kBitsetBegin);
  return find(c) != nullptr;
}

char32_t TraditionalFolder::fold(char32_t c) {
  const Fold* f = find(c);
  return f != nullptr ? f->to : c;
}

void TraditionalFolder::fold_line(CharLine& line, std::vector<Span>& folded) {
  for (Char& c : line) {
    if (!is_han(c.cp) || !is_traditional(c.cp)) continue;
    char32_t simplified = fold(c.cp);
    if (simplified == c.cp) continue;
    c.cp = simplified;
    if (!folded.empty() && folded.back().end == c.orig) {
      folded.back().end = c.orig + 1;
    } else {
      folded.push_back({c.orig, c.orig + 1});
    }
  }
}

}  // namespace zz::text
