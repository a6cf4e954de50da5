// Resources: the data every command and the Python module load once per process (lexicon,
// segmenter, ...).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "zzreport/extract/analyzer.hpp"
#include "zzreport/extract/idf_table.hpp"
#include "zzreport/extract/indicators.hpp"
#include "zzreport/extract/keyword_types.hpp"
#include "zzreport/extract/period_table.hpp"
#include "zzreport/extract/quantity_rules.hpp"
#include "zzreport/extract/slogan_types.hpp"
#include "zzreport/extract/stop_words.hpp"
#include "zzreport/segment/lexicon.hpp"
#include "zzreport/segment/segmenter.hpp"
#include "zzreport/text/regions.hpp"

namespace zz::pipeline {

/// Options shared by every command that analyses text (the CLI's flags, resource_options.hpp)
/// and the Python module.
struct ResourceOptions {
  std::string data_dir;  ///< --data-dir
  /// Where an installed copy keeps its data, relative to the code running: empty for the CLI's
  /// <exe>/../share/zzreport; the Python module passes the one beside its shared object.
  std::string installed_data_dir;
  std::vector<std::string> user_dicts;  ///< --dict, repeatable
  bool no_lexicon = false;              ///< --no-lexicon
  /// Set by `segment --granularity`; analysis always uses the coarse default.
  segment::Granularity granularity = segment::Granularity::coarse;
  std::string idf;                      ///< --idf: an IDF table instead of data/idf.tsv
  std::string periods;                  ///< --periods: a period table instead of data/periods.tsv
  std::vector<std::string> stop_words;  ///< --stopwords, repeatable: added to data/stopwords.txt
  bool no_default_stop_words = false;   ///< --no-default-stopwords: only the --stopwords lists
  /// --indicators FILE (analyze, targets) or --indicator-file FILE (panel, track), repeatable:
  /// added to data/indicators.tsv.
  std::vector<std::string> indicator_files;
};

/// Loaded once, immutable afterwards, shared by all worker threads.
struct Resources {
  std::string data_dir;
  segment::Lexicon lexicon;  ///< empty when the segmenter was built from data/lexicon.bin
  std::unique_ptr<segment::Segmenter> segmenter;
  extract::IdfTable idf;         ///< empty unless loaded
  extract::PeriodTable periods;  ///< data/periods.tsv: documents per period; empty unless loaded
  extract::StopWords stop_words;
  text::RegionTable regions;  ///< data/regions.tsv: region names and levels for document metadata
  extract::QuotedTermRules quoted_terms;    ///< data/rules/quoted_terms.tsv: kinds of quoted terms
  extract::QuantityRules quantity_rules;    ///< data/rules, unless not needed
  extract::KeywordTypeRules keyword_types;  ///< data/rules/keyword_types.tsv: places, organisations
  extract::IndicatorTable indicators;       ///< data/indicators.tsv and --indicators files
};

/// What a command needs beside the segmenter.
struct ResourceNeeds {
  bool idf = true;            ///< false for `idf build`, which makes the table, and `targets`
  bool regions = true;        ///< false for commands that print no document metadata (segment, idf)
  bool quoted_terms = true;   ///< false for commands that find no slogans (segment, idf, keywords)
  bool keyword_types = true;  ///< false for commands that rank no keywords (segment, idf, targets)
  bool quantity_rules = true;  ///< false for commands that extract no quantities
  bool periods = false;        ///< true for `contrast`, the one command that reads the periods
};

/// Loads what `options` ask for. Throws zz::Error(data) for a missing or malformed file.
std::unique_ptr<Resources> load_resources(const ResourceOptions& options, ResourceNeeds needs = {});

/// Analyzer options that rank and type keywords with the loaded IDF table, stop words, keyword
/// types and regions, type quoted terms with the loaded rules and regions and read quantities with
/// the loaded rules; the rest default.
extract::AnalyzerOptions analyzer_options(const Resources& resources);

}  // namespace zz::pipeline
