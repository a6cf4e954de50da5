// Full-width forms: ０-９, Ａ-Ｚ, ａ-ｚ folded to ASCII, every kind of space to an ASCII space.
#pragma once

#include "char_line.hpp"

namespace zz::text {

/// Folds full-width digits and letters to ASCII and spaces (U+3000, no-break, ...) to ' '.
/// Full-width punctuation is kept: it is the normal form of Chinese prose.
void fold_width(CharLine& line);

}  // namespace zz::text
