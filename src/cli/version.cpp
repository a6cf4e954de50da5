// version_text(): the program, its data files and ICU, for bug reports and reproducible runs.
#include "version.hpp"

#include <fmt/format.h>
#include <unicode/uversion.h>

#include <cstdint>
#include <fstream>
#include <iterator>

#include "pipeline/data_dir.hpp"
#include "zzreport/text/error.hpp"

#ifndef ZZREPORT_VERSION
#define ZZREPORT_VERSION "0.0.0"
#endif

namespace zz::cli {
namespace {

/// FNV-1a (64 bits) of a file's bytes, as 16 hex digits; empty when it cannot be read. A data file
/// is rebuilt by the project's own commands (data/README.md), so its content is its version.
std::string content_hash(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return {};
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  char buffer[1 << 16];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
    for (std::streamsize i = 0; i < in.gcount(); ++i) {
      hash = (hash ^ static_cast<unsigned char>(buffer[i])) * 0x100000001b3ULL;
    }
  }
  return fmt::format("{:016x}", hash);
}

}  // namespace

std::string version_text() {
  std::string out = "zzreport " ZZREPORT_VERSION "\n";
  try {
    std::string dir = pipeline::find_data_dir("");
    out += fmt::format("data: {}\n", dir);
    for (const char* file : {"lexicon.bin", "idf.tsv", "periods.tsv", "indicators.tsv"}) {
      std::string hash = content_hash(dir + "/" + file);
      out += fmt::format("  {:<15} {}\n", file, hash.empty() ? "missing" : hash);
    }
  } catch (const Error& e) {
    out += fmt::format("data: not found ({})\n", e.message());
  }
  UVersionInfo icu;
  u_getVersion(icu);
  char icu_text[U_MAX_VERSION_STRING_LENGTH];
  u_versionToString(icu, icu_text);
  out += fmt::format("ICU {}", icu_text);
  return out;
}

}  // namespace zz::cli
