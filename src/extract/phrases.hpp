// Key phrases: sequences of adjacent units that recur in a report as a unit (长株潭一体化,
// 先进轨道交通装备, 专精特新“小巨人”企业).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "content_units.hpp"
#include "gram.hpp"

namespace zz::extract {

struct PhraseOptions {
  std::size_t max_tokens = kMaxGramTokens;
  std::uint32_t min_count = 2;  ///< a phrase recurs
  /// A phrase occurs at least this share of the times its rarest part occurs: the parts belong
  /// together, not merely stand side by side (加快/建设 does not qualify; 轨道/交通 does).
  double min_cohesion = 0.5;
};

/// The phrases of a document and where they occur.
struct Phrases {
  static constexpr std::uint32_t kNone = 0xFFFFFFFFu;
  std::vector<std::uint32_t> first;    ///< per phrase: its first unit where it first occurs
  std::vector<std::uint32_t> length;   ///< per phrase: its number of units
  std::vector<std::uint32_t> longest;  ///< per unit: the longest phrase that starts there, or kNone
};

/// The phrases of one document, numbered in order of length, then of first occurrence. `content`
/// comes from collect_units() over `text`.
Phrases find_phrases(std::string_view text, const ContentUnits& content,
                     const PhraseOptions& options = {});

/// True when the quotation marks of `surface` pair up (“小巨人”企业 yes, 三高四新”战略 no).
bool quotes_balanced(std::string_view surface);

}  // namespace zz::extract
