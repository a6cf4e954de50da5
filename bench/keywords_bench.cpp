// keywords_bench: time of keyword extraction relative to segmentation alone on one report
// (issue 4's bar: extraction adds at most 30% to segmentation time on a 40 KB report).
//
//   build/bench/keywords_bench [REPORT] [--method tfidf|textrank|combined] [--runs N]
//
// Prints the median and the minimum thread CPU time of each over N runs (after one warm-up run),
// and the ratio: the median of the runs' own ratios, and the ratio of the minima. On a loaded
// machine both are steadier than a ratio of medians: other processes only ever add to a run's time
// (cache and core sharing), never take from it, and each run times both stages under the same load.
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <ctime>  // clock_gettime
#include <string>
#include <vector>

#include "zzreport/extract/idf_table.hpp"
#include "zzreport/extract/keywords.hpp"
#include "zzreport/extract/stop_words.hpp"
#include "zzreport/segment/lexicon.hpp"
#include "zzreport/segment/segmenter.hpp"
#include "zzreport/text/document.hpp"
#include "zzreport/text/error.hpp"

namespace {

// CPU time of this thread: on a shared, loaded machine wall time mostly measures the wait for a
// core.
double thread_cpu_ms() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

double minimum(const std::vector<double>& v) { return *std::min_element(v.begin(), v.end()); }

}  // namespace

int main(int argc, char** argv) {
  std::string path = ZZ_SHARED_DIR "/corpus/gov-reports/政府工作报告-其他地市/白城市/2021.md";
  std::string method = "tfidf";
  int runs = 30;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--method") == 0 && i + 1 < argc)
      method = argv[++i];
    else if (std::strcmp(argv[i], "--runs") == 0 && i + 1 < argc)
      runs = std::max(1, std::atoi(argv[++i]));
    else
      path = argv[i];
  }
  try {
    zz::extract::IdfTable idf;
    idf.load_file(ZZ_SOURCE_DATA_DIR "/idf.tsv");
    zz::extract::StopWords stop_words;
    stop_words.load_file(ZZ_SOURCE_DATA_DIR "/stopwords.txt");
    // The segmenter as analyze runs it, with the shipped lexicon the IDF table was counted with.
    zz::segment::Lexicon lexicon;
    lexicon.load_file(ZZ_SOURCE_DATA_DIR "/lexicon.txt", zz::segment::LexiconLayer::shipped);
    zz::segment::Segmenter segmenter(&lexicon);
    zz::text::Document doc = zz::text::load_document(zz::text::read_file(path), path);
    auto parsed = zz::extract::parse_keyword_method(method);
    if (!parsed) throw zz::Error(zz::ErrorKind::usage, "unknown method " + method);
    zz::extract::KeywordExtractor extractor(&idf, getenv("NOSTOP") ? nullptr : &stop_words,
                                            {.method = *parsed});

    // Each run segments and then extracts, timing both: a pair sees the same load on this shared
    // machine, so the median of the pairs' ratios is steadier than a ratio of two medians.
    std::vector<zz::segment::Token> tokens;
    std::size_t found = 0;
    std::vector<double> segment_ms, keywords_ms, ratio;
    for (int i = 0; i <= runs; ++i) {  // run 0 warms up: thread-local ICU iterators, page cache
      double start = thread_cpu_ms();
      tokens.clear();
      segmenter.segment(doc.text, tokens);
      double middle = thread_cpu_ms();
      found = extractor.extract(doc, tokens).size();
      double end = thread_cpu_ms();
      if (i == 0) continue;
      segment_ms.push_back(middle - start);
      keywords_ms.push_back(end - middle);
      ratio.push_back((end - middle) / (middle - start));
    }
    std::printf("%s: %zu bytes, %zu tokens, method %s, %d runs, %zu keywords\n", path.c_str(),
                doc.bytes == 0 ? doc.text.size() : static_cast<std::size_t>(doc.bytes),
                tokens.size(), method.c_str(), runs, found);
    std::printf("median: segmentation %.3f ms, keywords %.3f ms\n", median(segment_ms),
                median(keywords_ms));
    std::printf("min:    segmentation %.3f ms, keywords %.3f ms\n", minimum(segment_ms),
                minimum(keywords_ms));
    std::printf(
        "keywords/segmentation: %.1f%% (median of the runs' ratios), %.1f%% (ratio of the "
        "minima)\n",
        100.0 * median(ratio), 100.0 * minimum(keywords_ms) / minimum(segment_ms));
    return 0;
  } catch (const zz::Error& e) {
    std::fprintf(stderr, "keywords_bench: error: %s\n", e.message().c_str());
    return 1;
  }
}
