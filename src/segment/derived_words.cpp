// join_derived_words(): one pass over the best path joining a word and its derivational suffix.
#include "derived_words.hpp"

#include <algorithm>
#include <string_view>

namespace zz::segment::detail {
namespace {

// One-character suffixes, then 主义.
constexpr std::u32string_view kSuffixes[] = {
    U"者", U"员", U"性", U"化", U"率", U"业", U"型", U"式", U"力", U"界", U"主义",
};

// The stem before a suffix: a word of this many characters (社会, 马克思, 无家可归).
constexpr std::uint32_t kMinStem = 2;
constexpr std::uint32_t kMaxStem = 4;

}  // namespace

bool is_derivational_suffix(const char32_t* cps, std::size_t n) {
  std::u32string_view token(cps, n);
  return std::find(std::begin(kSuffixes), std::end(kSuffixes), token) != std::end(kSuffixes);
}

void join_derived_words(const char32_t* cps, std::vector<PathStep>& path) {
  std::size_t out = 0;
  std::size_t offset = 0;  // code point where path[i] starts
  for (std::size_t i = 0; i < path.size(); ++i) {
    const PathStep step = path[i];
    bool stem = step.type == TokenType::word && step.length >= kMinStem && step.length <= kMaxStem;
    if (stem && i + 1 < path.size() && path[i + 1].type == TokenType::word &&
        is_derivational_suffix(cps + offset + step.length, path[i + 1].length)) {
      std::uint32_t length = step.length + path[i + 1].length;
      path[out++] = {length, TokenType::word};
      offset += length;
      ++i;
      continue;
    }
    offset += step.length;
    path[out++] = step;
  }
  path.resize(out);
}

}  // namespace zz::segment::detail
