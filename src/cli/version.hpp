// What `zzreport --version` prints: the program's version (from project(... VERSION)), the data
// files it would load and their versions, and the ICU it runs with.
#pragma once

#include <string>

namespace zz::cli {

/// "zzreport 0.1.0", then the data directory and a line per data file (lexicon, IDF table,
/// indicator table) with its content hash, the version that tells two data sets apart, and the
/// ICU version.
std::string version_text();

}  // namespace zz::cli
