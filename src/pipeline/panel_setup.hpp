// PanelSetup: what `panel` and `track` (and the module's panel()) analyse a document with: an
// analyzer of quantities alone and the ids of the indicators wanted.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "resources.hpp"
#include "zzreport/extract/analyzer.hpp"
#include "zzreport/extract/panel.hpp"

namespace zz::pipeline {

/// panel and track need no IDF table (no keywords).
inline constexpr ResourceNeeds kPanelNeeds{.idf = false};

/// The loaded resources, the wanted ids and an analyzer of quantities alone.
struct PanelSetup {
  /// Checks the ids of `indicators` (comma-separated; empty: all) against the loaded table.
  /// Throws zz::Error(usage) naming an unknown id.
  PanelSetup(std::shared_ptr<const Resources> resources, const std::string& indicators);

  /// The panel rows of `doc`; safe on worker threads.
  std::vector<extract::PanelRow> rows(const text::Document& doc) const;

  std::shared_ptr<const Resources> resources;
  std::vector<std::string> only;
  std::unique_ptr<extract::Analyzer> analyzer;
};

}  // namespace zz::pipeline
