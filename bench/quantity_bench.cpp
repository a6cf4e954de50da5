// quantity_bench: time of quantity extraction and classification against segmentation alone,
// over the same documents (the bar: quantities add at most 30% to segmentation).
//
//   quantity_bench [--repeat N] [--data-dir DIR] FILE...
//
// Each file is loaded once; then segmentation and extract_quantities() are each timed over all
// files, N times, and the best round of each is reported. The quantity rules are read from
// DIR/rules (default: the source tree's data/), before any timing.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string>
#include <vector>

#include "zzreport/extract/quantities.hpp"
#include "zzreport/extract/slogans.hpp"
#include "zzreport/segment/segmenter.hpp"
#include "zzreport/text/document.hpp"

namespace {

using Clock = std::chrono::steady_clock;

template <typename F>
double best_seconds(int repeat, F&& run) {
  double best = 1e300;
  for (int r = 0; r < repeat; ++r) {
    auto start = Clock::now();
    run();
    best = std::min(best, std::chrono::duration<double>(Clock::now() - start).count());
  }
  return best;
}

}  // namespace

int main(int argc, char** argv) {
  int repeat = 3;
  std::string data_dir = ZZ_SOURCE_DATA_DIR;
  std::vector<std::string> paths;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--repeat" && i + 1 < argc) {
      repeat = std::atoi(argv[++i]);
    } else if (arg == "--data-dir" && i + 1 < argc) {
      data_dir = argv[++i];
    } else {
      paths.push_back(arg);
    }
  }
  if (paths.empty() || repeat < 1) {
    std::fprintf(stderr, "usage: quantity_bench [--repeat N] [--data-dir DIR] FILE...\n");
    return 2;
  }
  try {
    zz::extract::QuantityRules rules = zz::extract::QuantityRules::load(data_dir + "/rules");
    std::vector<zz::text::Document> docs;
    std::size_t bytes = 0;
    for (const std::string& p : paths) {
      docs.push_back(zz::text::load_document(zz::text::read_file(p), p));
      bytes += docs.back().text.size();
    }
    zz::segment::Segmenter segmenter;
    std::vector<zz::segment::Token> tokens;
    std::size_t token_count = 0, quantity_count = 0, slogan_count = 0;
    double segment = best_seconds(repeat, [&] {
      token_count = 0;
      for (const auto& d : docs) {
        tokens.clear();
        segmenter.segment(d.text, tokens);
        token_count += tokens.size();
      }
    });
    double quantities = best_seconds(repeat, [&] {
      quantity_count = 0;
      for (const auto& d : docs) quantity_count += zz::extract::extract_quantities(d, rules).size();
    });
    double slogans = best_seconds(repeat, [&] {
      slogan_count = 0;
      for (const auto& d : docs) slogan_count += zz::extract::extract_slogans(d).size();
    });
    double mb = static_cast<double>(bytes) / 1e6;
    std::printf("documents %zu  text %.1f MB  tokens %zu  quantities %zu  slogans %zu\n",
                docs.size(), mb, token_count, quantity_count, slogan_count);
    std::printf("segmentation %.3f s (%.1f MB/s)\n", segment, mb / segment);
    std::printf("quantities   %.3f s (%.1f MB/s)  = %.1f%% of segmentation\n", quantities,
                mb / quantities, 100 * quantities / segment);
    std::printf("slogans      %.3f s (%.1f MB/s)  = %.1f%% of segmentation\n", slogans,
                mb / slogans, 100 * slogans / segment);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "quantity_bench: error: %s\n", e.what());
    return 1;
  }
  return 0;
}
