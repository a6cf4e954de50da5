// CharUse: how each character is used in a segmentation, alone (a one-character word) or inside
// longer words. Decides the bound characters of the segmenter (克, 林, 顿) and the free characters
// that may not begin or end a discovered word (等, 及, 和). Private to zz_segment.
#pragma once

#include <string_view>
#include <vector>

namespace zz::segment::detail {

class CharUse {
 public:
  /// A character is bound when it stands alone in less than this share of its uses.
  static constexpr double kBoundShare = 0.2;
  /// A character is free when it stands alone in more than this share of its uses.
  static constexpr double kFreeShare = 0.5;

  /// Counts `weight` uses of `word`: of its character alone when it has one, of each of its
  /// characters inside a longer word otherwise.
  void add(std::u32string_view word, double weight);

  /// The share of the uses of `cp` in which it stands alone; 0 for a character never counted.
  double alone_share(char32_t cp) const;

  /// A character counted that is mostly part of longer words (克 in 克林顿).
  bool is_bound(char32_t cp) const { return counted(cp) && alone_share(cp) < kBoundShare; }
  /// A character counted that stands alone in more than `share` of its uses (等 in 服饰等).
  bool is_free(char32_t cp, double share = kFreeShare) const {
    return counted(cp) && alone_share(cp) > share;
  }

 private:
  bool counted(char32_t cp) const {
    return !alone_.empty() && cp < kTableSize && alone_[cp] + inside_[cp] > 0;
  }

  static constexpr char32_t kTableSize =
      0x30000;  // the BMP and the ideographic supplementary planes
  std::vector<double> alone_;
  std::vector<double> inside_;
};

}  // namespace zz::segment::detail
