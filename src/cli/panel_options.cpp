// The options `panel` and `track` share.
#include "panel_options.hpp"

#include <CLI/CLI.hpp>

#include "batch_driver.hpp"

namespace zz::cli {

void add_panel_options(CLI::App& command, PanelCommonOptions& options) {
  add_output_options(command, options.output, options.encoding);
  command.add_option("--indicators", options.indicators,
                     "Only these canonical ids, comma-separated (gdp_growth,cpi; default: all)");
  add_resource_options(command, options.resources);
  add_indicator_file_option(command, options.resources, "--indicator-file");
}

}  // namespace zz::cli
