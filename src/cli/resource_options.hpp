// The command-line flags of the resources every analysing command loads (pipeline/resources.hpp).
#pragma once

#include <string>

#include "pipeline/resources.hpp"

namespace CLI {
class App;
}

namespace zz::cli {

/// Registers --data-dir, --dict, --no-lexicon, --idf, --stopwords and --no-default-stopwords.
void add_resource_options(CLI::App& command, pipeline::ResourceOptions& options);

/// Registers `name` (--indicators or --indicator-file) for files added to data/indicators.tsv.
void add_indicator_file_option(CLI::App& command, pipeline::ResourceOptions& options,
                               const std::string& name);

}  // namespace zz::cli
