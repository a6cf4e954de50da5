// Unknown words: runs of bound characters left one a token by the lattice (克 林 顿) joined into one
// word. Private to zz_segment.
#pragma once

#include <vector>

#include "lattice.hpp"
#include "word_trie.hpp"

namespace zz::segment::detail {

/// Longest run of bound one-character tokens joined into one word; longer runs are left alone.
constexpr std::size_t kMaxUnknownWord = 4;

/// Joins, in the best path `path` of cps[0, n), every maximal run of 2 to kMaxUnknownWord
/// one-character word tokens whose characters are all bound in `trie` (WordTrie::is_bound()):
/// characters that rarely stand alone, next to each other where no known word covers them, are
/// most likely an unknown word (a name, a transliteration: 克林顿, 拉姆斯菲尔德 in two pieces).
void join_unknown_words(const WordTrie& trie, const char32_t* cps, std::vector<PathStep>& path);

}  // namespace zz::segment::detail
