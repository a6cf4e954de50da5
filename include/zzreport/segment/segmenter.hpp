// Segmenter: Chinese word segmentation: a word lattice over lexicon matches, ICU's words and the
// number rules, best path by unigram word costs; ICU's word BreakIterator for non-Han text.
#pragma once

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include "zzreport/segment/token.hpp"

namespace zz::segment {

class CompiledLexicon;
class Lexicon;

/// How far numbers are merged with what follows them.
enum class Granularity : std::uint8_t {
  coarse,  ///< 5000亿元, 2-3个, 3个百分点: number, magnitude and unit in one token (the default)
  fine,  ///< 5000亿 元, 2-3 个: the unit is its own token (the PKU convention); dates stay whole
};

struct SegmenterOptions {
  bool use_lexicon = true;  ///< false: ICU's words and the merge rules only (--no-lexicon)
  Granularity granularity = Granularity::coarse;
  /// Also offer ICU's dictionary words as lattice edges when a lexicon is used. Always on without
  /// a lexicon. Off by default: ICU's dictionary pass over Han text costs most of the run time.
  bool icu_words = false;
};

/// Immutable after construction and safe to share between threads: each call uses per-thread
/// scratch space and a per-thread clone of one ICU BreakIterator. Construct once and reuse.
class Segmenter {
 public:
  /// `lexicon` may be null (ICU and rules only); it is only read during construction.
  explicit Segmenter(const Lexicon* lexicon = nullptr, SegmenterOptions options = {});
  /// The same from a compiled lexicon (the fast start-up of the shipped lexicon): segments exactly
  /// as Segmenter(&lexicon) would with the lexicon it was compiled from.
  explicit Segmenter(const CompiledLexicon& lexicon, SegmenterOptions options = {});
  ~Segmenter();
  Segmenter(const Segmenter&) = delete;
  Segmenter& operator=(const Segmenter&) = delete;

  /// Appends the tokens of `text` (valid UTF-8) to `out`, covering it in order without gaps;
  /// offsets are bytes relative to text.data().
  void segment(std::string_view text, std::vector<Token>& out) const;

  const SegmenterOptions& options() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// Parses "coarse" or "fine"; throws zz::Error(usage) otherwise.
Granularity parse_granularity(std::string_view name);

}  // namespace zz::segment
