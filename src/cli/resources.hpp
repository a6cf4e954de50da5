// Resources: the data every command loads once per process (lexicon, segmenter, ...).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "zzreport/segment/lexicon.hpp"
#include "zzreport/segment/segmenter.hpp"

namespace CLI {
class App;
}

namespace zz::cli {

/// Options shared by every command that analyses text.
struct ResourceOptions {
  std::string data_dir;                ///< --data-dir
  std::vector<std::string> user_dicts;  ///< --dict, repeatable
  bool no_lexicon = false;             ///< --no-lexicon
  /// Set by `segment --granularity`; analysis always uses the coarse default.
  segment::Granularity granularity = segment::Granularity::coarse;
};

/// Registers --data-dir, --dict and --no-lexicon on `command`.
void add_resource_options(CLI::App& command, ResourceOptions& options);

/// Loaded once, immutable afterwards, shared by all worker threads.
struct Resources {
  std::string data_dir;
  segment::Lexicon lexicon;
  std::unique_ptr<segment::Segmenter> segmenter;
};

/// Loads what `options` ask for. Throws zz::Error(data) for a missing or malformed file.
std::unique_ptr<Resources> load_resources(const ResourceOptions& options);

}  // namespace zz::cli
