// The optional large data of the tests (../shared: corpus, segmentation test set, gold files):
// where it is, and what a test does when it is absent. Everything else a test reads lives in the
// repository.
#pragma once

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <string_view>

namespace zz::testing {

/// A path under the shared data directory (CMake's ZZREPORT_SHARED_DIR, default ../shared).
inline std::filesystem::path shared_path(std::string_view relative) {
  return std::filesystem::path(ZZ_SHARED_DIR) / relative;
}

/// True when ZZREPORT_REQUIRE_SHARED_DATA is set to anything but "" or "0" (CI sets it): a test
/// whose data is missing then fails, because a wrong path must not pass as a skip.
inline bool shared_data_required() {
  const char* value = std::getenv("ZZREPORT_REQUIRE_SHARED_DATA");
  return value != nullptr && *value != '\0' && std::string_view(value) != "0";
}

}  // namespace zz::testing

/// Skips the current test with the one-line reason "missing data: PATH" when `where` does not
/// exist, or fails it when the shared data is required. A macro, because GTEST_SKIP returns from
/// the test.
#define ZZ_REQUIRE_SHARED_DATA(where)                                 \
  do {                                                                \
    const std::filesystem::path zz_required_path_ = (where);          \
    if (!std::filesystem::exists(zz_required_path_)) {                \
      if (::zz::testing::shared_data_required()) {                    \
        FAIL() << "missing data: " << zz_required_path_.string()      \
               << " (ZZREPORT_REQUIRE_SHARED_DATA is set)";           \
      }                                                               \
      GTEST_SKIP() << "missing data: " << zz_required_path_.string(); \
    }                                                                 \
  } while (false)
