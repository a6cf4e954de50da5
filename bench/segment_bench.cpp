// Segmentation speed: whole-file throughput after load, and start-up to the first token, for
// zzreport's segmenter (shipped lexicon, compiled and as text) beside ICU's word BreakIterator
// alone, in the same run.
//   build/bench/segment_bench [--benchmark_repetitions=5] [TEXT] (default:
//   ../shared/segeval/pku_test.utf8)
#include <benchmark/benchmark.h>
#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "zzreport/segment/compiled_lexicon.hpp"
#include "zzreport/segment/lexicon.hpp"
#include "zzreport/segment/segmenter.hpp"

namespace {

std::string g_text;
const std::string kLexicon = ZZ_SOURCE_DATA_DIR "/lexicon.txt";
const std::string kCompiledLexicon = ZZ_SOURCE_DATA_DIR "/lexicon.bin";

std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void BM_Zzreport(benchmark::State& state) {
  zz::segment::Lexicon lexicon;
  lexicon.load_file(kLexicon, zz::segment::LexiconLayer::shipped);
  zz::segment::Segmenter segmenter(&lexicon);
  std::vector<zz::segment::Token> tokens;
  tokens.reserve(g_text.size() / 2);
  for (auto _ : state) {
    tokens.clear();
    segmenter.segment(g_text, tokens);
    benchmark::DoNotOptimize(tokens.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(g_text.size()));
  state.counters["tokens"] = static_cast<double>(tokens.size());
}

void BM_IcuAlone(benchmark::State& state) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> it(
      icu::BreakIterator::createWordInstance(icu::Locale::getChinese(), status));
  UText* ut = utext_openUTF8(nullptr, g_text.data(), static_cast<int64_t>(g_text.size()), &status);
  std::int64_t count = 0;
  for (auto _ : state) {
    it->setText(ut, status);
    count = 0;
    for (int32_t b = it->first(); b != icu::BreakIterator::DONE; b = it->next()) ++count;
    benchmark::DoNotOptimize(count);
  }
  utext_close(ut);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(g_text.size()));
  state.counters["tokens"] = static_cast<double>(count);
}

/// Loading the compiled lexicon (data/lexicon.bin, what zzreport reads without --dict), building
/// the segmenter and segmenting one short line.
void BM_ZzreportStartup(benchmark::State& state) {
  const std::string line = "长株潭一体化发展";
  for (auto _ : state) {
    zz::segment::Segmenter segmenter(zz::segment::CompiledLexicon::load_file(kCompiledLexicon));
    std::vector<zz::segment::Token> tokens;
    segmenter.segment(line, tokens);
    benchmark::DoNotOptimize(tokens.data());
  }
}

/// The same from the text lexicon (what zzreport does when --dict is given).
void BM_ZzreportStartupText(benchmark::State& state) {
  const std::string line = "长株潭一体化发展";
  for (auto _ : state) {
    zz::segment::Lexicon lexicon;
    lexicon.load_file(kLexicon, zz::segment::LexiconLayer::shipped);
    zz::segment::Segmenter segmenter(&lexicon);
    std::vector<zz::segment::Token> tokens;
    segmenter.segment(line, tokens);
    benchmark::DoNotOptimize(tokens.data());
  }
}

void BM_IcuStartup(benchmark::State& state) {
  const std::string line = "长株潭一体化发展";
  for (auto _ : state) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(
        icu::BreakIterator::createWordInstance(icu::Locale::getChinese(), status));
    UText* ut = utext_openUTF8(nullptr, line.data(), static_cast<int64_t>(line.size()), &status);
    it->setText(ut, status);
    benchmark::DoNotOptimize(it->next());
    utext_close(ut);
  }
}

BENCHMARK(BM_Zzreport)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_IcuAlone)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ZzreportStartup)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ZzreportStartupText)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_IcuStartup)->Unit(benchmark::kMillisecond);

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  std::string path = argc > 1 ? argv[1] : ZZ_SHARED_DIR "/segeval/pku_test.utf8";
  g_text = read(path);
  if (g_text.empty()) {
    std::cerr << "segment_bench: cannot read " << path << "\n";
    return 1;
  }
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
