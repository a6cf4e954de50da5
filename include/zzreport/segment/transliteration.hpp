// The characters of the standard transliteration of foreign names (克, 林, 顿, 斯, 尔, 姆...): the
// segmenter joins names cut into them, and a quoted name made of them alone (“德尔塔”) is a name.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace zz::segment {

namespace detail {

/// The syllable table of Xinhua's 《外国人名译名手册》, less 路, 让 and 道, which in these
/// documents mostly end a Chinese street name or begin a clause (东泰路, 让胡路).
inline constexpr std::u32string_view kTransliterationChars =
    U"阿埃艾爱安昂奥巴拜班邦鲍贝本比彼毕波伯博布查达戴丹德登迪蒂丁东杜多厄恩尔法凡菲费芬丰冯佛"
    U"弗伏福夫盖甘冈高戈格根古瓜圭哈海汉豪赫黑亨洪胡华霍基吉加贾杰金卡凯坎康考柯科克肯库夸奎昆"
    U"拉莱赖兰朗劳勒雷黎里利莉列林琳隆卢鲁伦罗洛马玛迈麦曼芒毛梅门蒙米密姆莫墨穆纳娜奈南内尼涅"
    U"宁纽努诺欧帕潘庞佩彭皮珀普齐奇恰乔琼丘热瑞若萨塞赛桑瑟森沙莎尚舍圣施什史舒斯松苏索塔泰坦"
    U"汤唐特提图托瓦万威韦维温文沃乌武西希锡夏谢辛休雅亚扬耶伊易尤约扎泽詹兹顿";

/// kTransliterationChars as a bitset over the CJK Unified Ideographs block, inline: the segmenter
/// tests most characters of a text, and a scan of the 330-character string halved its throughput.
inline constexpr char32_t kCjkFirst = 0x4E00, kCjkEnd = 0xA000;
inline constexpr auto kTransliterationSet = [] {
  std::array<std::uint64_t, (kCjkEnd - kCjkFirst + 63) / 64> bits{};
  for (char32_t cp : kTransliterationChars) {
    if (cp < kCjkFirst || cp >= kCjkEnd) throw "a transliteration character outside the CJK block";
    bits[(cp - kCjkFirst) / 64] |= std::uint64_t{1} << ((cp - kCjkFirst) % 64);
  }
  return bits;
}();

}  // namespace detail

/// True for a character of the standard transliteration of foreign names.
inline bool is_transliteration_char(char32_t cp) {
  using detail::kCjkEnd, detail::kCjkFirst;
  if (cp < kCjkFirst || cp >= kCjkEnd) return false;
  return (detail::kTransliterationSet[(cp - kCjkFirst) / 64] >> ((cp - kCjkFirst) % 64) & 1) != 0;
}

}  // namespace zz::segment
