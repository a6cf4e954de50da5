// The unigram cost model: lexicon frequencies to word costs, user dictionaries' precedence, and the
// costs of edges the lexicon does not provide. Private to zz_segment.
#pragma once

#include <string>
#include <vector>

#include "lattice.hpp"
#include "word_trie.hpp"

namespace zz::segment {
class Lexicon;
}

namespace zz::segment::detail {

/// The trie keys of a lexicon with their costs, and the costs of the other edges.
struct CostModel {
  std::u32string storage;  ///< the code points the keys point into
  std::vector<WordTrie::Key> keys;
  EdgeCosts edges;
};

/// Cost of a word = ln(total frequency / frequency). Words without a frequency get a default one
/// that lets them win over their parts. When user dictionaries are loaded they decide the
/// granularity of the words they know: a shipped word that is not a user word but can be written
/// as a sequence of user words is dropped (see docs/segmentation.md#user-dictionaries).
CostModel make_cost_model(const Lexicon& lexicon);

/// The edge costs used without a lexicon.
EdgeCosts default_edge_costs();

}  // namespace zz::segment::detail
