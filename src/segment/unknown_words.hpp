// Unknown words: runs of bound characters left one a token by the lattice (克 林 顿) and runs of
// transliteration characters cut into rare pieces (拉 姆斯 菲 尔 德) joined into one word. Private
// to zz_segment.
#pragma once

#include <vector>

#include "lattice.hpp"
#include "word_trie.hpp"

namespace zz::segment::detail {

/// Longest run of bound one-character tokens joined into one word; longer runs are left alone.
constexpr std::size_t kMaxUnknownWord = 4;

/// A transliterated name joined from pieces has 3 to 8 characters (克林顿, 拉姆斯菲尔德).
constexpr std::size_t kMinTransliteration = 3;
constexpr std::size_t kMaxTransliteration = 8;
/// Least mean cost per character of the pieces of a run of transliteration characters for it to be
/// joined: pieces that are rare words (姆斯, 巴拉, single 克, 菲) make a name; a frequent word
/// among them (武汉, 提高, 多, 让: 武汉多, 让西安) makes ordinary text. 7.5 nats is a word
/// probability of about 1 in 1,800 a character. Measured on PKU (where the joins are 213 right, 56
/// wrong, most of those parts of longer names) and on 148 corpus reports (95 joins, all names but
/// 东华门, 舍利塔).
constexpr float kTransliterationCost = 7.5F;
/// The cost counted per character for a piece the lexicon does not know.
constexpr float kUnknownCharCost = 20.0F;

/// Joins, in the best path `path` of cps[0, n):
/// - every maximal run of 2 to kMaxUnknownWord one-character word tokens whose characters are all
///   bound in `trie` (WordTrie::is_bound()): characters that rarely stand alone, next to each other
///   where no known word covers them, are most likely an unknown word (克 林 顿 -> 克林顿);
/// - then every maximal run of two or more word tokens of one or two characters, at least one of
///   them a single character, all characters transliteration characters, kMinTransliteration to
///   kMaxTransliteration characters long and with a mean cost per character of at least
///   kTransliterationCost (拉 姆斯 菲 尔 德 -> 拉姆斯菲尔德, 巴拉 克 -> 巴拉克; not 武汉 多).
void join_unknown_words(const WordTrie& trie, const char32_t* cps, std::vector<PathStep>& path);

}  // namespace zz::segment::detail
