// KeywordExtractor: the terms and key phrases that set one report apart from the corpus
// (TF-IDF against the domain IDF table, TextRank, or both; docs/keywords.md).
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "zzreport/extract/analysis.hpp"
#include "zzreport/segment/token.hpp"
#include "zzreport/text/document.hpp"

namespace zz::extract {

class IdfTable;
class StopWords;

enum class KeywordMethod : std::uint8_t {
  tfidf,     ///< occurrences x IDF
  textrank,  ///< PageRank over the co-occurrence graph of the report's terms
  combined,  ///< TextRank score x IDF: centrality in this report, rarity in the corpus
};

/// "tfidf", "textrank", "combined"; nullopt for anything else.
std::optional<KeywordMethod> parse_keyword_method(std::string_view name);
std::string_view to_string(KeywordMethod method);

struct KeywordOptions {
  KeywordMethod method = KeywordMethod::tfidf;
  std::size_t top_k = 20;     ///< keywords returned (fewer when the report has fewer terms)
  std::size_t max_spans = 3;  ///< occurrences whose spans each keyword lists
};

/// Holds pointers to the loaded, immutable IDF table and stop words (either may be null: no IDF
/// weighting, no stop words); cheap to copy, safe to share between threads.
class KeywordExtractor {
 public:
  KeywordExtractor(const IdfTable* idf, const StopWords* stop_words, KeywordOptions options = {});

  /// The top keywords of `doc`, best first, from the segmenter's `tokens` of doc.text.
  std::vector<Keyword> extract(const text::Document& doc,
                               std::span<const segment::Token> tokens) const;

 private:
  const IdfTable* idf_;
  const StopWords* stop_words_;
  KeywordOptions options_;
};

}  // namespace zz::extract
