// CharUse: per-character counts of uses alone and inside longer words.
#include "char_use.hpp"

namespace zz::segment::detail {

void CharUse::add(std::u32string_view word, double weight) {
  if (alone_.empty()) {
    alone_.assign(kTableSize, 0.0);
    inside_.assign(kTableSize, 0.0);
  }
  if (word.size() == 1) {
    if (word[0] < kTableSize) alone_[word[0]] += weight;
    return;
  }
  for (char32_t cp : word) {
    if (cp < kTableSize) inside_[cp] += weight;
  }
}

double CharUse::alone_share(char32_t cp) const {
  if (alone_.empty() || cp >= kTableSize) return 0.0;
  double uses = alone_[cp] + inside_[cp];
  return uses > 0 ? alone_[cp] / uses : 0.0;
}

}  // namespace zz::segment::detail
