// load_resources(): data files are found and loaded here, once per process.
#include "resources.hpp"

#include <filesystem>
#include <system_error>

#include "data_dir.hpp"
#include "zzreport/segment/compiled_lexicon.hpp"

namespace zz::pipeline {
namespace {

// The shipped domain lexicon (data/README.md says how it is built), and the same compiled for the
// segmenter, read instead of the text when no user dictionary is loaded (start-up in a few ms).
constexpr const char* kLexiconFile = "lexicon.txt";
constexpr const char* kCompiledLexiconFile = "lexicon.bin";

}  // namespace

std::unique_ptr<Resources> load_resources(const ResourceOptions& options, ResourceNeeds needs) {
  auto resources = std::make_unique<Resources>();
  resources->data_dir = find_data_dir(options.data_dir, options.installed_data_dir);
  segment::SegmenterOptions segmenter_options;
  segmenter_options.use_lexicon = !options.no_lexicon || !options.user_dicts.empty();
  segmenter_options.granularity = options.granularity;
  segmenter_options.icu_words = options.no_lexicon;  // ICU's words stand in for the lexicon
  std::string compiled = resources->data_dir + "/" + kCompiledLexiconFile;
  std::error_code ec;
  if (!options.no_lexicon && options.user_dicts.empty() &&
      std::filesystem::is_regular_file(compiled, ec)) {
    resources->segmenter = std::make_unique<segment::Segmenter>(
        segment::CompiledLexicon::load_file(compiled), segmenter_options);
  } else {
    // The shipped lexicon first: user dictionaries loaded after it override its entries.
    if (!options.no_lexicon) {
      resources->lexicon.load_file(resources->data_dir + "/" + kLexiconFile,
                                   segment::LexiconLayer::shipped);
    }
    for (const std::string& path : options.user_dicts) {
      resources->lexicon.load_file(path, segment::LexiconLayer::user);
    }
    resources->segmenter =
        std::make_unique<segment::Segmenter>(&resources->lexicon, segmenter_options);
  }
  if (!options.no_default_stop_words)
    resources->stop_words.load_file(resources->data_dir + "/stopwords.txt");
  for (const std::string& path : options.stop_words) resources->stop_words.load_file(path);
  if (needs.regions)
    resources->regions =
        text::RegionTable::read(resources->data_dir + "/" + text::RegionTable::kFileName);
  if (needs.quoted_terms) {
    resources->quoted_terms = extract::QuotedTermRules::read(
        resources->data_dir + "/" + std::string(extract::QuotedTermRules::kFile));
  }
  if (needs.idf)
    resources->idf.load_file(options.idf.empty() ? resources->data_dir + "/idf.tsv" : options.idf);
  if (needs.periods) {
    resources->periods.load_file(options.periods.empty() ? resources->data_dir + "/periods.tsv"
                                                         : options.periods);
  }
  if (needs.quantity_rules) {
    resources->quantity_rules = extract::QuantityRules::load(
        resources->data_dir + "/" + std::string(extract::QuantityRules::kDirectory));
    resources->indicators.load_file(resources->data_dir + "/" +
                                    std::string(extract::IndicatorTable::kFile));
    for (const std::string& path : options.indicator_files) resources->indicators.load_file(path);
  }
  if (needs.keyword_types) {
    resources->keyword_types = extract::KeywordTypeRules::read(
        resources->data_dir + "/" + std::string(extract::KeywordTypeRules::kFile));
  }
  return resources;
}

extract::AnalyzerOptions analyzer_options(const Resources& resources) {
  extract::AnalyzerOptions options;
  options.idf = &resources.idf;
  options.stop_words = &resources.stop_words;
  options.quoted_terms = &resources.quoted_terms;
  options.keyword_types = &resources.keyword_types;
  options.regions = &resources.regions;
  options.quantity_rules = &resources.quantity_rules;
  options.indicators = &resources.indicators;
  return options;
}

}  // namespace zz::pipeline
