// PanelSetup: the indicator ids checked, the analyzer of quantities.
#include "panel_setup.hpp"

#include <string_view>
#include <utility>

#include "zzreport/text/error.hpp"

namespace zz::pipeline {

PanelSetup::PanelSetup(std::shared_ptr<const Resources> loaded, const std::string& indicators)
    : resources(std::move(loaded)) {
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

}  // namespace zz::pipeline
