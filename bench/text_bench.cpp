// Throughput of zz_text (decode + normalise + structure + checks, and normalise alone) in MB/s of
// process CPU time (the build machine is shared, so wall time says little) over the files given on
// the command line, each loaded from memory several times.
//   build/bench/text_bench [--repeat N] FILE...
#include <cstdio>
#include <cstdlib>
#include <ctime>  // std::clock: CPU time of the process
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "zzreport/text/document.hpp"
#include "zzreport/text/normalize.hpp"

namespace {

double seconds_since(std::clock_t start) {
  return static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC;
}

}  // namespace

int main(int argc, char** argv) {
  int repeat = 3;
  std::vector<std::string> inputs;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--repeat" && i + 1 < argc) {
      repeat = std::atoi(argv[++i]);
    } else {
      std::ifstream in(arg, std::ios::binary);
      std::ostringstream s;
      s << in.rdbuf();
      inputs.push_back(s.str());
    }
  }
  if (inputs.empty()) {
    std::fprintf(stderr, "usage: text_bench [--repeat N] FILE...\n");
    return 2;
  }
  double bytes = 0;
  for (const std::string& b : inputs) bytes += static_cast<double>(b.size());
  bytes *= repeat;

  std::size_t sink = 0;
  std::clock_t start = std::clock();
  for (int r = 0; r < repeat; ++r) {
    for (const std::string& b : inputs) sink += zz::text::load_document(b, "bench").sections.size();
  }
  double load = seconds_since(start);

  std::vector<std::string> decoded;
  for (const std::string& b : inputs)
    decoded.push_back(zz::text::load_document(b, "bench").original);
  start = std::clock();
  for (int r = 0; r < repeat; ++r) {
    for (const std::string& t : decoded) sink += zz::text::normalize(t).text.size();
  }
  double norm = seconds_since(start);

  std::printf("%zu files, %.1f MB x %d: load_document %.1f MB/s, normalize %.1f MB/s (%zu)\n",
              inputs.size(), bytes / repeat / 1e6, repeat, bytes / load / 1e6, bytes / norm / 1e6,
              sink);
  return 0;
}
