// add_resource_options(): the flags that fill pipeline::ResourceOptions.
#include "resource_options.hpp"

#include <CLI/CLI.hpp>

namespace zz::cli {

void add_resource_options(CLI::App& command, pipeline::ResourceOptions& options) {
  command.add_option("--data-dir", options.data_dir, "Directory of zzreport's data files");
  // One file per --dict: a repeatable option must not swallow the input files that follow it.
  command
      .add_option("--dict", options.user_dicts,
                  "User dictionary in jieba format ('word [freq] [tag]'), repeatable")
      ->allow_extra_args(false);
  command.add_flag("--no-lexicon", options.no_lexicon,
                   "Do not load the shipped lexicon (ICU, merge rules and --dict words only)");
  command.add_option("--idf", options.idf,
                     "IDF table to rank keywords with (default: data/idf.tsv)");
  command.add_option("--stopwords", options.stop_words,
                     "Stop-word list (one word a line) added to data/stopwords.txt, repeatable");
  command.add_flag("--no-default-stopwords", options.no_default_stop_words,
                   "Use only the --stopwords lists, not data/stopwords.txt");
}

void add_indicator_file_option(CLI::App& command, pipeline::ResourceOptions& options,
                               const std::string& name) {
  command
      .add_option(name, options.indicator_files,
                  "Canonical indicators (data/indicators.tsv format) added to the shipped ones, "
                  "repeatable")
      ->allow_extra_args(false);
}

}  // namespace zz::cli
