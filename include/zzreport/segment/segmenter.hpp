// Segmenter: Chinese word segmentation, ICU's word BreakIterator plus lexicon layers and merge rules.
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "zzreport/segment/token.hpp"

namespace zz::segment {

class Lexicon;

struct SegmenterOptions {
  bool use_lexicon = true;  ///< false: ICU and merge rules only (--no-lexicon)
};

/// Immutable after construction and safe to share between threads: each call uses per-thread
/// ICU state. Construct once per process and reuse.
class Segmenter {
 public:
  /// `lexicon` may be null (ICU and rules only); it must outlive the Segmenter.
  explicit Segmenter(const Lexicon* lexicon = nullptr, SegmenterOptions options = {});
  ~Segmenter();
  Segmenter(const Segmenter&) = delete;
  Segmenter& operator=(const Segmenter&) = delete;

  /// Appends the tokens of `text` (valid UTF-8) to `out`, covering it without gaps; offsets are
  /// relative to text.data().
  void segment(std::string_view text, std::vector<Token>& out) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace zz::segment
