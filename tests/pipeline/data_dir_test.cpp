// Tests of find_data_dir(): the order of the search, the installed location the Python module
// passes, and the error that names every path tried.
#include "pipeline/data_dir.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "zzreport/text/error.hpp"

namespace zz::pipeline {
namespace {

/// A directory holding the probe file, removed at the end of the test.
struct DataDir {
  explicit DataDir(const std::string& name)
      : path((std::filesystem::temp_directory_path() / name).string()) {
    std::filesystem::create_directories(path);
    std::ofstream(path + "/probe.bin") << "x";
  }
  ~DataDir() { std::filesystem::remove_all(path); }
  std::string path;
};

/// Unsets ZZREPORT_DATA_DIR for one test, restoring it after.
struct NoEnvironment {
  NoEnvironment() {
    if (const char* v = std::getenv("ZZREPORT_DATA_DIR")) saved = v;
    unsetenv("ZZREPORT_DATA_DIR");
  }
  ~NoEnvironment() {
    if (!saved.empty()) setenv("ZZREPORT_DATA_DIR", saved.c_str(), 1);
  }
  std::string saved;
};

TEST(FindDataDir, InstalledLocationComesAfterTheEnvironment) {
  NoEnvironment clean;
  DataDir installed("zz_data_dir_test_installed");
  DataDir env("zz_data_dir_test_env");
  EXPECT_EQ(find_data_dir("", installed.path, "probe.bin"), installed.path);
  setenv("ZZREPORT_DATA_DIR", env.path.c_str(), 1);
  EXPECT_EQ(find_data_dir("", installed.path, "probe.bin"), env.path);
  unsetenv("ZZREPORT_DATA_DIR");
}

TEST(FindDataDir, AnOptionIsTakenAsItIs) {
  DataDir option("zz_data_dir_test_option");
  std::filesystem::remove(option.path + "/probe.bin");
  EXPECT_EQ(find_data_dir(option.path, "/nonexistent", "probe.bin"), option.path);
}

TEST(FindDataDir, NoneFoundNamesEveryPathTried) {
  NoEnvironment clean;
  try {
    find_data_dir("", "/nonexistent/share/zzreport", "no-such-probe.bin");
    FAIL() << "expected zz::Error";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::data);
    std::string message = e.what();
    EXPECT_NE(message.find("/nonexistent/share/zzreport"), std::string::npos) << message;
    EXPECT_NE(message.find("ZZREPORT_DATA_DIR"), std::string::npos) << message;
  }
}

}  // namespace
}  // namespace zz::pipeline
