// Analyzer::analyze(): each extractor over one Document; the segmentation, which keywords read,
// done once.
#include "zzreport/extract/analyzer.hpp"

#include <vector>

#include "zzreport/extract/indicators.hpp"
#include "zzreport/extract/quantities.hpp"
#include "zzreport/extract/slogans.hpp"
#include "zzreport/segment/segmenter.hpp"
#include "zzreport/text/error.hpp"

namespace zz::extract {

Analyzer::Analyzer(const segment::Segmenter& segmenter, AnalyzerOptions options)
    : segmenter_(&segmenter), options_(options) {
  if (options_.quantities &&
      (options_.quantity_rules == nullptr || !options_.quantity_rules->loaded())) {
    throw Error(
        ErrorKind::usage,
        "the Analyzer needs the quantity rules for quantities (AnalyzerOptions::quantity_rules)");
  }
}

Analysis Analyzer::analyze(const text::Document& doc) const {
  Analysis analysis;
  if (options_.keywords) {
    std::vector<segment::Token> tokens;
    segmenter_->segment(doc.text, tokens);
    KeywordOptions keyword_options;
    keyword_options.method = options_.keyword_method;
    keyword_options.top_k = options_.top_keywords;
    keyword_options.top_names = options_.top_keywords;
    analysis.keywords =
        KeywordExtractor(options_.idf, options_.stop_words, keyword_options,
                         {.rules = options_.keyword_types, .regions = options_.regions})
            .extract(doc, tokens);
  }
  // Quantities and slogans read the sentence text itself (numbers split across tokens are common):
  // the segmentation is for keywords alone.
  if (options_.quantities) {
    analysis.quantities = extract_quantities(doc, *options_.quantity_rules, segmenter_);
    if (options_.indicators) assign_indicators(doc, *options_.indicators, analysis.quantities);
  }
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
