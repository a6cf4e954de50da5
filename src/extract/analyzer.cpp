// Analyzer::analyze(): segmentation once, then each extractor over the same tokens.
#include "zzreport/extract/analyzer.hpp"

#include <vector>

#include "zzreport/extract/quantities.hpp"
#include "zzreport/extract/slogans.hpp"
#include "zzreport/segment/segmenter.hpp"

namespace zz::extract {

Analyzer::Analyzer(const segment::Segmenter& segmenter, AnalyzerOptions options)
    : segmenter_(&segmenter), options_(options) {}

Analysis Analyzer::analyze(const text::Document& doc) const {
  Analysis analysis;
  std::vector<segment::Token> tokens;
  if (options_.keywords || options_.quantities || options_.slogans)
    segmenter_->segment(doc.text, tokens);
  if (options_.keywords) {
    KeywordOptions keyword_options;
    keyword_options.method = options_.keyword_method;
    keyword_options.top_k = options_.top_keywords;
    analysis.keywords =
        KeywordExtractor(options_.idf, options_.stop_words, keyword_options).extract(doc, tokens);
  }
  // Quantities and slogans read the sentence text itself (numbers split across tokens are common).
  if (options_.quantities) analysis.quantities = extract_quantities(doc);
  if (options_.slogans) {
    analysis.slogans = extract_slogans(doc, {.rules = options_.quoted_terms,
                                             .idf = options_.idf,
                                             .stop_words = options_.stop_words,
                                             .segmenter = segmenter_,
                                             .regions = options_.regions});
  }
  return analysis;
}

}  // namespace zz::extract
