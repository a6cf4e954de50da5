// Analyzer: runs every extractor of zz_extract over one Document and fills an Analysis.
#pragma once

#include <cstddef>

#include "zzreport/extract/analysis.hpp"
#include "zzreport/extract/keywords.hpp"
#include "zzreport/text/document.hpp"

namespace zz::segment {
class Segmenter;
}

namespace zz::text {
class RegionTable;
}

namespace zz::extract {

class IdfTable;
class IndicatorTable;
class KeywordTypeRules;
class QuotedTermRules;
class QuantityRules;
class StopWords;

/// Which parts to compute (what is not asked for is not computed), how many keywords (top_keywords
/// topics, and as many places and organisations at most), and the loaded resources.
struct AnalyzerOptions {
  bool keywords = true;
  bool quantities = true;
  bool slogans = true;
  std::size_t top_keywords = 20;
  KeywordMethod keyword_method = KeywordOptions{}.method;
  const IdfTable* idf = nullptr;          ///< loaded IDF table; null: rank by frequency alone
  const StopWords* stop_words = nullptr;  ///< loaded stop words; null: none
  /// The kinds of quoted terms (data/rules/quoted_terms.tsv; null: from their characters alone),
  /// the types of keywords (data/rules/keyword_types.tsv; null: no places and organisations but
  /// the regions') and the regions, whose names are places (null: none).
  const QuotedTermRules* quoted_terms = nullptr;
  const KeywordTypeRules* keyword_types = nullptr;
  const text::RegionTable* regions = nullptr;
  /// Loaded rules (data/rules); required for quantities.
  const QuantityRules* quantity_rules = nullptr;
  /// Loaded canonical indicators (data/indicators.tsv); null: no indicator_id or period.
  const IndicatorTable* indicators = nullptr;
};

/// Holds references to the loaded, immutable resources; cheap to copy; safe to share between
/// threads. The resources must outlive it.
class Analyzer {
 public:
  /// Throws zz::Error(usage) when quantities are asked for without loaded quantity rules.
  Analyzer(const segment::Segmenter& segmenter, AnalyzerOptions options);

  Analysis analyze(const text::Document& doc) const;

 private:
  const segment::Segmenter* segmenter_;
  AnalyzerOptions options_;
};

}  // namespace zz::extract
