// Helpers for the CLI tests: run zz::cli::run() on string streams, and a scratch directory.
#pragma once

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <random>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "cli.hpp"

namespace zz::cli::testing {

struct Run {
  int status = -1;
  std::string out;
  std::string err;
};

inline Run run_cli(std::initializer_list<std::string> args) {
  std::vector<std::string> all{"zzreport"};
  all.insert(all.end(), args);
  std::vector<const char*> argv;
  for (const std::string& a : all) argv.push_back(a.c_str());
  std::ostringstream out;
  std::ostringstream err;
  Run r;
  r.status = run(static_cast<int>(argv.size()), argv.data(), out, err);
  r.out = out.str();
  r.err = err.str();
  return r;
}

/// A fresh directory under the system's temporary directory, removed at the end of the test.
class ScratchDir {
 public:
  ScratchDir() {
    std::random_device random;
    path_ =
        std::filesystem::temp_directory_path() / ("zzreport-cli-test-" + std::to_string(random()));
    std::filesystem::create_directories(path_);
  }
  ~ScratchDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;

  std::string path(const std::string& name) const { return (path_ / name).string(); }

  std::string write(const std::string& name, const std::string& bytes) const {
    std::ofstream(path_ / name, std::ios::binary) << bytes;
    return path(name);
  }

  std::vector<std::string> names() const {
    std::vector<std::string> out;
    for (const auto& entry : std::filesystem::directory_iterator(path_)) {
      out.push_back(entry.path().filename().string());
    }
    std::sort(out.begin(), out.end());
    return out;
  }

 private:
  std::filesystem::path path_;
};

/// Whether `text` holds `part` (for EXPECT_TRUE with the text streamed after it).
inline bool contains(const std::string& text, std::string_view part) {
  return text.find(part) != std::string::npos;
}

inline std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

/// A short report in the shape of the real ones.
inline constexpr const char* kReport =
    "一、过去五年的工作\n\n地区生产总值年均增长7.5%。\n\n二、今后五年的目标\n\n"
    "力争地区生产总值超过5000亿元。\n";

}  // namespace zz::cli::testing
