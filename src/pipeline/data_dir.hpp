// Finding data/ (lexicon, IDF table, stop words) at run time without configuration.
#pragma once

#include <string>

namespace zz::pipeline {

/// The data directory, searched in this order: `option` (--data-dir), $ZZREPORT_DATA_DIR,
/// `installed` (where an installed copy keeps its data relative to the running code; empty:
/// <exe>/../share/zzreport), the source tree's data/ (for a build-tree binary or module), the
/// configured install path. `option` counts when it is a directory; the others when they hold
/// `probe` (the installed data has no README.md). Throws zz::Error(data) listing every path tried
/// when none does.
std::string find_data_dir(const std::string& option, const std::string& installed = "",
                          const std::string& probe = "lexicon.bin");

}  // namespace zz::pipeline
