// keywords_bench: time of keyword extraction relative to segmentation alone on one report
// (issue 4's bar: extraction adds at most 30% to segmentation time on a 40 KB report).
//
//   build/bench/keywords_bench [REPORT] [--method tfidf|textrank|combined] [--runs N]
//
// Prints the median and the minimum thread CPU time of each over N runs (after one warm-up run) and
// their ratios. On a loaded machine the minimum is the steadier figure: other processes only ever
// add to a run's time (cache and core sharing), never take from it.
#include <algorithm>
#include <ctime>  // clock_gettime
#include <cstdio>
#include <cstring>
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

// CPU time of this thread: on a shared, loaded machine wall time mostly measures the wait for a core.
double thread_cpu_ms() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

struct Timing {
  double median = 0;
  double min = 0;
};

template <typename F>
Timing time_ms(int runs, F&& f) {
  f();  // warm-up: thread-local ICU iterators, page cache
  std::vector<double> ms;
  for (int i = 0; i < runs; ++i) {
    double start = thread_cpu_ms();
    f();
    ms.push_back(thread_cpu_ms() - start);
  }
  std::sort(ms.begin(), ms.end());
  return {ms[ms.size() / 2], ms.front()};
}

}  // namespace

int main(int argc, char** argv) {
  std::string path = ZZ_SHARED_DIR "/corpus/gov-reports/政府工作报告-其他地市/白城市/2021.md";
  std::string method = "tfidf";
  int runs = 30;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--method") == 0 && i + 1 < argc) method = argv[++i];
    else if (std::strcmp(argv[i], "--runs") == 0 && i + 1 < argc) runs = std::max(1, std::atoi(argv[++i]));
    else path = argv[i];
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
    zz::extract::KeywordExtractor extractor(&idf, &stop_words, {.method = *parsed});

    std::vector<zz::segment::Token> tokens;
    Timing segment_ms = time_ms(runs, [&] {
      tokens.clear();
      segmenter.segment(doc.text, tokens);
    });
    std::size_t found = 0;
    Timing keywords_ms = time_ms(runs, [&] { found = extractor.extract(doc, tokens).size(); });
    std::printf("%s: %zu bytes, %zu tokens, method %s, %d runs\n", path.c_str(), doc.bytes == 0 ? doc.text.size() : static_cast<std::size_t>(doc.bytes),
                tokens.size(), method.c_str(), runs);
    std::printf("median: segmentation %.3f ms, keywords %.3f ms (%zu), keywords/segmentation %.1f%%\n",
                segment_ms.median, keywords_ms.median, found, 100.0 * keywords_ms.median / segment_ms.median);
    std::printf("min:    segmentation %.3f ms, keywords %.3f ms (%zu), keywords/segmentation %.1f%%\n",
                segment_ms.min, keywords_ms.min, found, 100.0 * keywords_ms.min / segment_ms.min);
    return 0;
  } catch (const zz::Error& e) {
    std::fprintf(stderr, "keywords_bench: error: %s\n", e.message().c_str());
    return 1;
  }
}
