// Derived words: a word followed by a derivational suffix that the lattice left as a token of its
// own (消费 者, 社会 主义, 积极 性) joined into one word. Private to zz_segment.
#pragma once

#include <cstddef>
#include <vector>

#include "lattice.hpp"

namespace zz::segment::detail {

/// True when cps[0, n) is a derivational suffix: one of the quasi-suffixes of Chinese grammar that
/// make a noun or an adjective of the word before them and are written with it by the segmentation
/// standards (PKU, MSR): 者, 员, 性, 化, 率, 业, 型, 式, 力, 界, 主义. Left out: 人, 家, 长 (中国
/// 人, 他们 家, 周期 长 are two words as often as not), 机, 费, 队 (heads of compounds more than
/// suffixes).
bool is_derivational_suffix(const char32_t* cps, std::size_t n);

/// Joins, in the best path `path` of cps[0, n), every word token of two to four characters followed
/// by a word token that is a derivational suffix into one word: 消费 者 -> 消费者, 社会 主义 ->
/// 社会主义, 积极 性 -> 积极性. A one-character word before the suffix is left alone (这 性 is no
/// derivation; 记者 is a known word anyway); numbers are left alone (三 者).
void join_derived_words(const char32_t* cps, std::vector<PathStep>& path);

}  // namespace zz::segment::detail
