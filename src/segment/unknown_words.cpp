// join_unknown_words(): two passes over the best path, joining runs of bound one-character tokens,
// then runs of transliteration characters.
#include "unknown_words.hpp"

#include <algorithm>

#include "zzreport/segment/transliteration.hpp"

namespace zz::segment::detail {
namespace {

using segment::is_transliteration_char;

void join_bound(const WordTrie& trie, const char32_t* cps, std::vector<PathStep>& path) {
  std::size_t out = 0;
  std::size_t offset = 0;  // code point where path[i] starts
  for (std::size_t i = 0; i < path.size();) {
    auto bound_at = [&](std::size_t step, std::size_t at) {
      return path[step].length == 1 && path[step].type == TokenType::word && trie.is_bound(cps[at]);
    };
    std::size_t j = i;
    while (j < path.size() && bound_at(j, offset + (j - i))) ++j;
    std::size_t run = j - i;
    if (run >= 2 && run <= kMaxUnknownWord) {
      path[out++] = {static_cast<std::uint32_t>(run), TokenType::word};
      offset += run;
      i = j;
      continue;
    }
    if (run == 0) run = 1;
    for (std::size_t k = i; k < i + run; ++k) {
      offset += path[k].length;
      path[out++] = path[k];
    }
    i += run;
  }
  path.resize(out);
}

/// The cost of the token cps[at, at + length) in `trie`; a token the trie does not know (an unknown
/// word joined by join_bound()) costs as much as unknown characters.
float token_cost(const WordTrie& trie, const char32_t* cps, std::size_t at, std::size_t length) {
  WordTrie::Found found = trie.lookup(std::u32string_view(cps + at, length));
  return found.kind == WordKind::none ? kUnknownCharCost * static_cast<float>(length) : found.cost;
}

void join_transliterations(const WordTrie& trie, const char32_t* cps, std::vector<PathStep>& path) {
  std::size_t out = 0;
  std::size_t offset = 0;  // code point where path[i] starts
  for (std::size_t i = 0; i < path.size();) {
    std::size_t j = i;
    std::size_t end = offset;
    std::size_t singles = 0;
    float cost = 0;
    while (j < path.size() && path[j].type == TokenType::word && path[j].length <= 2 &&
           std::all_of(cps + end, cps + end + path[j].length, is_transliteration_char)) {
      if (path[j].length == 1) ++singles;
      cost += token_cost(trie, cps, end, path[j].length);
      end += path[j].length;
      ++j;
    }
    std::size_t chars = end - offset;
    if (j - i >= 2 && singles >= 1 && chars >= kMinTransliteration &&
        chars <= kMaxTransliteration && cost >= kTransliterationCost * static_cast<float>(chars)) {
      path[out++] = {static_cast<std::uint32_t>(chars), TokenType::word};
      offset = end;
      i = j;
      continue;
    }
    offset += path[i].length;
    path[out++] = path[i++];
  }
  path.resize(out);
}

}  // namespace

void join_unknown_words(const WordTrie& trie, const char32_t* cps, std::vector<PathStep>& path) {
  join_bound(trie, cps, path);
  join_transliterations(trie, cps, path);
}

}  // namespace zz::segment::detail
