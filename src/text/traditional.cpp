// Traditional-to-simplified folding: a generated table says which characters need it, a lazily
// created, process-wide ICU transliterator (guarded by a mutex; ICU transliterators are not meant
// to be shared between threads unlocked) says what they become.
#include "traditional.hpp"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <bitset>
#include <memory>
#include <mutex>

#include "char_class.hpp"
#include "icu_error.hpp"

namespace zz::text {
namespace {

constexpr char32_t kTable[] = {
#include "traditional_set.inc"
};

// The BMP ideograph blocks as a bitset (4 KB) so the common case is one bit test.
constexpr char32_t kBitsetBegin = 0x3400;
constexpr char32_t kBitsetEnd = 0xA000;

const std::bitset<kBitsetEnd - kBitsetBegin>& bmp_bits() {
  static const auto bits = [] {
    std::bitset<kBitsetEnd - kBitsetBegin> b;
    for (char32_t c : kTable) {
      if (c >= kBitsetBegin && c < kBitsetEnd) b.set(c - kBitsetBegin);
    }
    return b;
  }();
  return bits;
}

struct SharedTransliterator {
  std::mutex mutex;
  std::unique_ptr<icu::Transliterator> hant_hans;  // created on first use, under the mutex
};

SharedTransliterator& shared() {
  static SharedTransliterator instance;
  return instance;
}

char32_t transliterate(char32_t c) {
  SharedTransliterator& s = shared();
  std::lock_guard<std::mutex> lock(s.mutex);
  if (!s.hant_hans) {
    UErrorCode status = U_ZERO_ERROR;
    s.hant_hans.reset(icu::Transliterator::createInstance("Hant-Hans", UTRANS_FORWARD, status));
    detail::check_icu(status, "Transliterator::createInstance(Hant-Hans)");
  }
  icu::UnicodeString text(static_cast<UChar32>(c));
  s.hant_hans->transliterate(text);
  // The table holds only characters that fold to one code point; anything else keeps its form.
  return text.countChar32() == 1 ? static_cast<char32_t>(text.char32At(0)) : c;
}

}  // namespace

bool is_traditional(char32_t c) {
  if (c >= kBitsetBegin && c < kBitsetEnd) return bmp_bits().test(c - kBitsetBegin);
  return std::binary_search(std::begin(kTable), std::end(kTable), c);
}

char32_t TraditionalFolder::fold(char32_t c) {
  for (const auto& [from, to] : cache_) {
    if (from == c) return to;
  }
  char32_t simplified = transliterate(c);
  cache_.emplace_back(c, simplified);
  return simplified;
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
