// Web-page boilerplate lines copied with a report (下载 打印 全屏 收藏, 【字号：大 中 小】,
// 来源：…).
#pragma once

#include "char_line.hpp"

namespace zz::text {

/// True when a trimmed line is nothing but page furniture: buttons (下载, 打印, 打印本页, 全屏,
/// 收藏, 分享到, 关闭窗口, 返回顶部, ...), a font-size switch (【字号：大 中 小】), separators, or
/// a short metadata line (来源：…, 发布时间：…, 责任编辑：…, 浏览次数：…) without sentence
/// punctuation.
bool is_boilerplate_line(const CharLine& line);

}  // namespace zz::text
