// find_data_dir(): the search order of docs/usage.md#data-files.
#include "data_dir.hpp"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <system_error>
#include <vector>

#include "zzreport/text/error.hpp"

namespace zz::pipeline {
namespace {

std::string executable_dir() {
  std::error_code ec;
  std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  return ec ? std::string() : exe.parent_path().string();
}

}  // namespace

std::string find_data_dir(const std::string& option, const std::string& installed,
                          const std::string& probe) {
  std::vector<std::string> candidates;
  if (!option.empty()) {
    candidates.push_back(option);
  } else {
    if (const char* env = std::getenv("ZZREPORT_DATA_DIR"); env != nullptr && *env != '\0') {
      candidates.emplace_back(env);
    }
    if (!installed.empty()) {
      candidates.push_back(installed);
    } else if (std::string exe = executable_dir(); !exe.empty()) {
      candidates.push_back(exe + "/../share/zzreport");
    }
    candidates.emplace_back(ZZREPORT_SOURCE_DATA_DIR);
    candidates.emplace_back(ZZREPORT_INSTALL_DATA_DIR);
  }
  std::string tried;
  for (const std::string& dir : candidates) {
    std::error_code ec;
    // A directory given on the command line is taken as it is (with --no-lexicon it need not hold
    // the lexicon); the others count when they hold `probe`.
    if (!option.empty()
            ? std::filesystem::is_directory(dir, ec)
            : std::filesystem::is_regular_file(std::filesystem::path(dir) / probe, ec)) {
      return dir;
    }
    tried += (tried.empty() ? "" : ", ") + dir;
  }
  throw Error(ErrorKind::data, "data files not found (" + probe + "); tried: " + tried +
                                   "; pass --data-dir or set ZZREPORT_DATA_DIR");
}

}  // namespace zz::pipeline
