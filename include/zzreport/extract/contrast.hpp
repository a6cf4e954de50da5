// Contrasts between two groups of reports: which terms set group A apart from group B, by the
// weighted log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn, "Fightin'
// Words", Political Analysis 2008), and which terms are new in A (docs/trends.md).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "zzreport/segment/token.hpp"
#include "zzreport/text/document.hpp"

namespace zz::extract {

class IdfTable;
class PeriodTable;
class StopWords;

/// The terms of one or more reports with their counts: words and the key phrases that `keywords`
/// finds (numbers, stop words and lone characters are not terms).
struct TermBag {
  struct Tally {
    std::uint64_t count = 0;      ///< occurrences
    std::uint64_t documents = 0;  ///< reports that have the term
    /// For a phrase counted with the stop word that opens its run (全面 of 全面深化改革): the
    /// stop word's length in bytes; 0 for every other term.
    std::uint32_t prefix = 0;
  };
  std::unordered_map<std::string, Tally> counts;
  std::uint64_t han_characters = 0;
  std::uint64_t documents = 0;
  std::map<int, std::uint64_t> years;  ///< documents per year (a document without one: none)

  void add(const TermBag& other);
};

/// The terms of one report, from the segmenter's `tokens` of doc.text. A phrase that a stop word of
/// two characters or more opens is counted a second time with it (全面深化改革 beside 深化改革,
/// 加快转变经济发展方式 beside 转变经济发展方式), since a policy formula's name often begins with
/// an adverb or verb the stop list holds: contrast() lists it in place of the phrase when the
/// phrase mostly occurs after that word.
TermBag document_terms(const text::Document& doc, std::span<const segment::Token> tokens,
                       const StopWords* stop_words);

/// The corpus background of a contrast (either part may be null): the document frequencies of
/// data/idf.tsv make the prior; the documents per period of data/periods.tsv tell common
/// vocabulary and, between groups of different periods, what the corpus's reports of both
/// periods use alike.
struct ContrastBackground {
  const IdfTable* idf = nullptr;
  const PeriodTable* periods = nullptr;
};

struct ContrastOptions {
  std::size_t top = 30;  ///< terms listed per side
  /// A term whose period share in the background (PeriodTable::period_share) is at least this is
  /// common vocabulary and does not rank: the reports of an average period use it this often or
  /// more, so it names no era, region or level, however its counts differ between the two groups
  /// (发展 and 政府, but also 举措, 激发, 搞好 and 重视, whose use drifts over the decades).
  double common_share = 0.4;
  /// For a background without period shares: a term in at least this share of its documents is
  /// genre vocabulary (政府, 工作, 发展) and does not rank.
  double genre_share = 0.8;
  /// The prior's total weight per term of the vocabulary (alpha_0 = prior_weight × |V|).
  double prior_weight = 1.0;
  /// The share of the prior taken from the two groups' own counts, the rest from the background.
  double pooled_share = 0.5;
  /// When no period of the background holds reports of both groups: a term is listed on a side
  /// only when the background's reports of that side's periods have it at least this many times
  /// as often (by share of documents) as those of the other side's periods. A term the reports of
  /// both times use alike (大幅, 全球, 务必) sets neither time apart, however the few reports
  /// compared happen to use it.
  double era_ratio = 2.0;
  /// Added to both shares of that ratio, so that a term in no report of one time needs some
  /// presence in the other's (one report in a hundred).
  double era_smoothing = 0.01;
};

struct ContrastRow {
  std::string term;
  double z = 0;  ///< > 0: typical of A; < 0: of B
  std::uint64_t count_a = 0;
  std::uint64_t count_b = 0;
  std::uint32_t opener =
      0;  ///< bytes of the stop word that opens it (全面 of 全面深化改革), else 0
};

struct Contrast {
  std::vector<ContrastRow> a;  ///< the top terms of A, highest z first
  std::vector<ContrastRow> b;  ///< the top terms of B, lowest z first
};

/// Ranks the terms of A and B. The prior is the corpus background: each term's document frequency
/// in background.idf (data/idf.tsv; a term it does not list counts as in one document), scaled to
/// alpha_0. Without an IDF table, every term has the same prior. Ties break by term.
Contrast contrast(const TermBag& a, const TermBag& b, const ContrastBackground& background,
                  const ContrastOptions& options);

/// Terms that occur at least `min_count` times in A and never in B, most frequent first (ties by
/// term), at most `top`; genre vocabulary and the rest as for contrast().
std::vector<ContrastRow> new_terms(const TermBag& a, const TermBag& b,
                                   const ContrastBackground& background,
                                   const ContrastOptions& options, std::uint64_t min_count = 2);

}  // namespace zz::extract
