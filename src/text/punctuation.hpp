// ASCII punctuation in Chinese prose: , ; : ! ? ( ) next to CJK become ，；：！？（）.
#pragma once

#include "char_line.hpp"

namespace zz::text {

/// Folds ASCII , ; : ! ? ( ) to their full-width forms when they stand in Chinese prose: one
/// neighbour is Han or CJK punctuation and the other is not a Latin letter or digit (so GDP,增长
/// and 11:20 keep theirs). An opening bracket looks at what follows it, a closing one at what it
/// closes, so (一) at the start of a line becomes （一）.
void fold_punctuation(CharLine& line);

}  // namespace zz::text
