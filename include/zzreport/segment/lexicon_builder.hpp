// LexiconBuilder: builds the domain lexicon from a corpus by unsupervised word discovery
// (frequency, internal cohesion, boundary entropy) and re-estimation of word frequencies.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "zzreport/segment/lexicon.hpp"

namespace zz::segment {

struct LexiconBuildOptions {
  std::uint32_t min_count = 5;          ///< a new word occurs at least this often
  std::size_t max_new_word_length = 5;  ///< in characters
  double min_cohesion = 3.0;            ///< least PMI (natural log) over the word's split points
  double min_entropy = 0.75;            ///< least left and right neighbour entropy (nats)
  int iterations = 3;                   ///< frequency re-estimation passes (Viterbi training)
  std::uint32_t min_output_count = 2;  ///< words of two or more characters counted less are dropped
  bool icu_dictionary = true;          ///< take ICU's dictionary words as candidates too
  double domain_weight = 0.5;          ///< weight of the corpus against ICU's dictionary (0..1)
  int stop_char_cost = 50;  ///< ICU single-character words this cheap never start or end a new word
  /// The words a subject's predicate ends with before a number (达到, 分别, 超过: the quantity
  /// rules' indicator tails, data/rules). A discovered sequence that ends in one and mostly stands
  /// before a number is a subject with its verb (率达到, 收入超), not a word. Empty: no such test.
  std::vector<std::string> predicate_words;
  /// Names that are candidates whatever discovery says (UTF-8; the regions' names without their
  /// division suffix, RegionTable::word_forms()): 周口, 十堰, 呼伦贝尔 stand before 市 in most of
  /// their uses, or hold a character too common to start or end a new word, so discovery misses
  /// them, and the segmenter cut them into characters. Like every candidate, each keeps the
  /// frequency re-estimation gives it, and one the corpus uses less than `min_output_count` times
  /// is dropped.
  std::vector<std::string> known_words;
};

/// What the build found, for the command's summary line.
struct LexiconBuildStats {
  std::uint64_t characters = 0;  ///< Han characters read
  std::size_t candidates = 0;    ///< words the re-estimation started from
  std::size_t new_words = 0;     ///< words found by discovery (not in ICU's dictionary)
  std::size_t slogans = 0;
  std::size_t fragments = 0;   ///< n-grams left out as pieces of common words (业增加值)
  std::size_t predicates = 0;  ///< n-grams left out as a subject with its verb (率达到)
};

class LexiconBuilder {
 public:
  LexiconBuilder();
  ~LexiconBuilder();
  LexiconBuilder(const LexiconBuilder&) = delete;
  LexiconBuilder& operator=(const LexiconBuilder&) = delete;

  /// Adds one document of the corpus (valid UTF-8).
  void add_text(std::string_view text);

  /// Discovers words and estimates their frequencies; entries are sorted by word. `progress`
  /// (may be empty) receives one line per stage.
  std::vector<LexiconEntry> build(const LexiconBuildOptions& options, LexiconBuildStats& stats,
                                  const std::function<void(std::string_view)>& progress = {});

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace zz::segment
