// join_unknown_words(): one pass over the best path, joining runs of bound one-character tokens.
#include "unknown_words.hpp"

namespace zz::segment::detail {

void join_unknown_words(const WordTrie& trie, const char32_t* cps, std::vector<PathStep>& path) {
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

}  // namespace zz::segment::detail
