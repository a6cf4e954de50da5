// join_unknown_words(): two passes over the best path, joining runs of bound one-character tokens,
// then runs of transliteration characters.
#include "unknown_words.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string_view>

namespace zz::segment::detail {
namespace {

/// The characters of the standard transliteration of foreign names (the syllable table of Xinhua's
/// 《外国人名译名手册》: 克, 林, 顿, 斯, 尔, 姆...), less 路, 让 and 道, which in these documents
/// mostly end a Chinese street name or begin a clause (东泰路, 让胡路).
constexpr std::u32string_view kTransliterationChars =
    U"阿埃艾爱安昂奥巴拜班邦鲍贝本比彼毕波伯博布查达戴丹德登迪蒂丁东杜多厄恩尔法凡菲费芬丰冯佛"
    U"弗伏福夫盖甘冈高戈格根古瓜圭哈海汉豪赫黑亨洪胡华霍基吉加贾杰金卡凯坎康考柯科克肯库夸奎昆"
    U"拉莱赖兰朗劳勒雷黎里利莉列林琳隆卢鲁伦罗洛马玛迈麦曼芒毛梅门蒙米密姆莫墨穆纳娜奈南内尼涅"
    U"宁纽努诺欧帕潘庞佩彭皮珀普齐奇恰乔琼丘热瑞若萨塞赛桑瑟森沙莎尚舍圣施什史舒斯松苏索塔泰坦"
    U"汤唐特提图托瓦万威韦维温文沃乌武西希锡夏谢辛休雅亚扬耶伊易尤约扎泽詹兹顿";

/// kTransliterationChars as a bitset over the CJK Unified Ideographs block: the test runs for most
/// characters of a text, and a scan of the 330-character string halved the segmenter's throughput.
constexpr char32_t kCjkFirst = 0x4E00, kCjkEnd = 0xA000;
constexpr auto kTransliterationSet = [] {
  std::array<std::uint64_t, (kCjkEnd - kCjkFirst + 63) / 64> bits{};
  for (char32_t cp : kTransliterationChars) {
    if (cp < kCjkFirst || cp >= kCjkEnd) throw "a transliteration character outside the CJK block";
    bits[(cp - kCjkFirst) / 64] |= std::uint64_t{1} << ((cp - kCjkFirst) % 64);
  }
  return bits;
}();

bool is_transliteration_char(char32_t cp) {
  if (cp < kCjkFirst || cp >= kCjkEnd) return false;
  return (kTransliterationSet[(cp - kCjkFirst) / 64] >> ((cp - kCjkFirst) % 64) & 1) != 0;
}

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
