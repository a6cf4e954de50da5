// What analyze, targets, keywords and segment load and how they set up their analyzer, for the
// command line and the Python module alike: the two give the same output because they share this.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "resources.hpp"
#include "zzreport/extract/analysis.hpp"
#include "zzreport/extract/analyzer.hpp"
#include "zzreport/extract/keywords.hpp"
#include "zzreport/report/selection.hpp"
#include "zzreport/text/decode.hpp"

namespace zz::pipeline {

/// `segment` needs the segmenter only (the IDF table alone takes 35 ms to load).
inline constexpr ResourceNeeds kSegmentNeeds{.idf = false,
                                             .regions = false,
                                             .quoted_terms = false,
                                             .keyword_types = false,
                                             .quantity_rules = false};
/// `targets`: the quantities of analyze, from the same rules; no keywords, so no IDF table.
inline constexpr ResourceNeeds kTargetsNeeds{
    .idf = false, .quoted_terms = false, .keyword_types = false};
/// `keywords`: the IDF table and stop words; no quantities.
inline constexpr ResourceNeeds kKeywordsNeeds{
    .idf = true, .quoted_terms = false, .quantity_rules = false};

/// The options `analyze` echoes in its JSON: "format", "only" and "encoding".
std::vector<std::pair<std::string, std::string>> analyze_echo(const std::string& format,
                                                              const report::Selection& selection,
                                                              const std::string& encoding);

/// `targets`: the analyzer finds quantities only.
extract::AnalyzerOptions targets_analyzer_options(const Resources& resources);

/// `targets --kind`: target, achievement, all (targets and achievements) or any (with mentions).
bool wanted_quantity(std::string_view kind_option, extract::QuantityKind kind);

/// `keywords -k K -m METHOD`: the analyzer ranks keywords only.
extract::AnalyzerOptions keywords_analyzer_options(const Resources& resources, std::size_t top_k,
                                                   extract::KeywordMethod method);

/// `segment FILE`: the file's text decoded (`encoding` empty: detected); errors name `path`.
text::DecodedText decode_for_segment(const std::string& bytes, const std::string& path,
                                     const std::string& encoding);

}  // namespace zz::pipeline
