// PanelSetup and the options `panel` and `track` share.
#include "panel_options.hpp"

#include <CLI/CLI.hpp>

#include "batch_driver.hpp"
#include "zzreport/text/error.hpp"

namespace zz::cli {

void add_panel_options(CLI::App& command, PanelCommonOptions& options) {
  add_output_options(command, options.output, options.encoding);
  command.add_option("--indicators", options.indicators,
                     "Only these canonical ids, comma-separated (gdp_growth,cpi; default: all)");
  add_resource_options(command, options.resources);
  add_indicator_file_option(command, options.resources, "--indicator-file");
}

PanelSetup::PanelSetup(const pipeline::ResourceOptions& options, const std::string& indicators)
    : resources(pipeline::load_resources(options, {.idf = false})) {
  std::string_view rest = indicators;
  while (!rest.empty()) {
    std::size_t comma = rest.find(',');
    std::string id(rest.substr(0, comma));
    rest.remove_prefix(comma == std::string_view::npos ? rest.size() : comma + 1);
    if (id.empty()) continue;
    if (!resources->indicators.find(id)) {
      std::string known;
      for (const extract::IndicatorDef& d : resources->indicators.indicators())
        known += (known.empty() ? "" : ", ") + d.id;
      throw Error(ErrorKind::usage,
                  "--indicators: unknown indicator id '" + id + "' (known: " + known + ")");
    }
    only.push_back(std::move(id));
  }
  extract::AnalyzerOptions analyzer_options = pipeline::analyzer_options(*resources);
  analyzer_options.keywords = false;
  analyzer_options.slogans = false;
  analyzer = std::make_unique<extract::Analyzer>(*resources->segmenter, analyzer_options);
}

std::vector<extract::PanelRow> PanelSetup::rows(const text::Document& doc) const {
  return extract::panel_rows(doc, analyzer->analyze(doc).quantities, resources->indicators, only);
}

}  // namespace zz::cli
