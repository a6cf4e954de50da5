// Spaces in Chinese prose: runs collapsed, spaces next to CJK punctuation dropped, and spaced-out
// digits and titles joined (1 9 9 3 年 -> 1993年, 政 府 工 作 报 告 -> 政府工作报告).
#pragma once

#include "char_line.hpp"

namespace zz::text {

/// Tidies the spaces of a line whose spaces are all ASCII (after fold_width): trims it, collapses
/// runs to one space, drops spaces touching CJK punctuation, and joins runs of three or more
/// single Han characters or digits separated by single spaces. Returns the number of such runs.
int tidy_spaces(CharLine& line);

}  // namespace zz::text
