// is_boilerplate_line(): a line is boilerplate when page-furniture tokens and separators cover it.
#include "boilerplate.hpp"

#include <array>
#include <string_view>

#include "zzreport/text/char_class.hpp"

namespace zz::text {
namespace {

// Longest first where one token starts another (打印本页 before 打印).
constexpr std::array<std::u32string_view, 24> kButtons = {
    U"打印本页", U"关闭窗口", U"返回顶部", U"返回首页", U"分享到", U"扫一扫", U"QQ空间", U"下载",
    U"打印",     U"全屏",     U"收藏",     U"分享",     U"关闭",   U"返回",   U"字号",   U"字体",
    U"微信",     U"微博",     U"大",       U"中",       U"小",     U"默认",   U"纠错",   U"保存"};

constexpr std::array<std::u32string_view, 10> kMetadataKeys = {
    U"来源", U"发布时间", U"发布日期", U"发布机构", U"责任编辑",
    U"编辑", U"作者",     U"浏览次数", U"点击数",   U"访问量"};

bool is_separator(char32_t c) {
  return is_space(c) || c == U'|' || c == U'【' || c == U'】' || c == U'[' || c == U']' ||
         c == U'：' || c == U':' || c == U'/' || c == U'丨' || c == U'·' || c == U'>' ||
         c == U'<' || c == U'、';
}

/// A short "key：value" line such as 来源：无锡市人民政府 or 发布时间：2024-01-05.
bool is_metadata_line(const CharLine& line) {
  constexpr std::size_t kMaxLength = 40;
  if (line.size() > kMaxLength) return false;
  for (std::u32string_view key : kMetadataKeys) {
    std::size_t k = key.size();
    if (!chars_equal(line, 0, key) || k >= line.size()) continue;
    if (line[k].cp != U'：' && line[k].cp != U':') continue;
    for (const Char& c : line) {
      if (is_sentence_end(c.cp) || c.cp == U'，') return false;
    }
    return true;
  }
  return false;
}

}  // namespace

bool is_boilerplate_line(const CharLine& line) {
  if (line.empty()) return false;
  if (is_metadata_line(line)) return true;
  bool button = false;
  for (std::size_t i = 0; i < line.size();) {
    if (is_separator(line[i].cp)) {
      ++i;
      continue;
    }
    bool matched = false;
    for (std::u32string_view token : kButtons) {
      if (chars_equal(line, i, token)) {
        // 大 中 小 and 默认 only count as the size switch, never as a line of their own.
        button = button || token.size() > 1;
        i += token.size();
        matched = true;
        break;
      }
    }
    if (!matched) return false;
  }
  return button;
}

}  // namespace zz::text
