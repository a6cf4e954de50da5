// What `panel` and `track` share: the --indicators and --indicator-file options, and the analyzer
// that computes only quantities and turns a document into its panel rows.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "resource_options.hpp"
#include "zzreport/extract/analyzer.hpp"
#include "zzreport/extract/panel.hpp"

namespace CLI {
class App;
}

namespace zz::cli {

/// The options `panel` and `track` share.
struct PanelCommonOptions {
  std::string output;      ///< -o FILE
  std::string encoding;    ///< --encoding
  std::string indicators;  ///< --indicators gdp_growth,cpi
  pipeline::ResourceOptions resources;
};

/// Registers -o, --encoding, --indicators IDS, the resource options and --indicator-file FILE.
void add_panel_options(CLI::App& command, PanelCommonOptions& options);

/// The loaded resources, the wanted ids and an analyzer of quantities alone.
struct PanelSetup {
  /// Loads the resources (no IDF table: no keywords) and checks the ids of `indicators`
  /// (comma-separated; empty: all). Throws zz::Error(usage) naming an unknown id.
  PanelSetup(const pipeline::ResourceOptions& options, const std::string& indicators);

  /// The panel rows of `doc`; safe on worker threads.
  std::vector<extract::PanelRow> rows(const text::Document& doc) const;

  std::unique_ptr<pipeline::Resources> resources;
  std::vector<std::string> only;
  std::unique_ptr<extract::Analyzer> analyzer;
};

}  // namespace zz::cli
