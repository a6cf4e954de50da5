// CompiledLexicon::Data: the segmenter's trie and edge costs held by a CompiledLexicon. Private to
// zz_segment.
#pragma once

#include "lattice.hpp"
#include "word_trie.hpp"
#include "zzreport/segment/compiled_lexicon.hpp"

namespace zz::segment {

struct CompiledLexicon::Data {
  detail::WordTrie trie;
  detail::EdgeCosts edges;
};

}  // namespace zz::segment
