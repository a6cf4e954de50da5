// What `panel` and `track` share on the command line: the --indicators and --indicator-file options
// (the analyzer they set up is pipeline/panel_setup.hpp).
#pragma once

#include <string>

#include "resource_options.hpp"

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

}  // namespace zz::cli
