// keywords_bench: time of keyword extraction relative to segmentation alone on one report
// (issue 4's bar: extraction adds at most 30% to segmentation time on a 40 KB report).
//
//   build/bench/keywords_bench [REPORT] [--method tfidf|textrank|combined] [--runs N]
//   build/bench/keywords_bench --untrained REPORT REPORT... [--runs N]
//
// Prints the median and the minimum thread CPU time of each over N runs (after one warm-up run),
// and the ratio: the median of the runs' own ratios, and the ratio of the minima. On a loaded
// machine both are steadier than a ratio of medians: other processes only ever add to a run's time
// (cache and core sharing), never take from it, and each run times both stages under the same load.
//
// --untrained times extraction alone, for A/B tests of extraction code: each run extracts every
// report once, in turn (each segmented once beforehand), and the minimum and median extraction
// time of each report are printed. Extracting one report again and again lets the branch predictor
// learn its tokens and halves the time (docs/keywords.md); with other reports between, it cannot,
// as in analyze.
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <ctime>  // clock_gettime
#include <string>
#include <vector>

#include "zzreport/extract/idf_table.hpp"
#include "zzreport/extract/keyword_types.hpp"
#include "zzreport/extract/keywords.hpp"
#include "zzreport/extract/stop_words.hpp"
#include "zzreport/segment/lexicon.hpp"
#include "zzreport/segment/segmenter.hpp"
#include "zzreport/text/document.hpp"
#include "zzreport/text/error.hpp"
#include "zzreport/text/regions.hpp"

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

/// --untrained: each report's extraction time, with the other reports extracted between runs.
void time_untrained(const zz::extract::KeywordExtractor& extractor,
                    const zz::segment::Segmenter& segmenter, const std::vector<std::string>& paths,
                    int runs) {
  std::vector<zz::text::Document> docs;
  std::vector<std::vector<zz::segment::Token>> tokens(paths.size());
  for (std::size_t d = 0; d < paths.size(); ++d) {
    docs.push_back(zz::text::load_document(zz::text::read_file(paths[d]), paths[d]));
    segmenter.segment(docs[d].text, tokens[d]);
  }
  std::vector<std::vector<double>> keywords_ms(paths.size());
  for (int i = 0; i <= runs; ++i) {  // run 0 warms up
    for (std::size_t d = 0; d < docs.size(); ++d) {
      double start = thread_cpu_ms();
      extractor.extract(docs[d], tokens[d]);
      double end = thread_cpu_ms();
      if (i > 0) keywords_ms[d].push_back(end - start);
    }
  }
  double sum = 0;
  for (std::size_t d = 0; d < docs.size(); ++d) {
    std::printf("%s: keywords min %.1f us, median %.1f us\n", paths[d].c_str(),
                1e3 * minimum(keywords_ms[d]), 1e3 * median(keywords_ms[d]));
    sum += median(keywords_ms[d]);
  }
  std::printf("sum of the medians: %.1f us\n", 1e3 * sum);
}

}  // namespace

int main(int argc, char** argv) {
  std::string path = ZZ_SHARED_DIR "/corpus/gov-reports/政府工作报告-其他地市/白城市/2021.md";
  std::string method = "tfidf";
  int runs = 30;
  std::size_t top = zz::extract::KeywordOptions{}.top_k;
  bool untrained = false;
  std::vector<std::string> paths;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--untrained") == 0)
      untrained = true;
    else if (std::strcmp(argv[i], "--method") == 0 && i + 1 < argc)
      method = argv[++i];
    else if (std::strcmp(argv[i], "--runs") == 0 && i + 1 < argc)
      runs = std::max(1, std::atoi(argv[++i]));
    else if (std::strcmp(argv[i], "--top") == 0 && i + 1 < argc)
      top = static_cast<std::size_t>(std::max(1, std::atoi(argv[++i])));
    else
      paths.emplace_back(argv[i]);
  }
  if (!paths.empty()) path = paths.front();
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
    // The places and organisations are typed as in analyze, from the same rules and regions.
    zz::extract::KeywordTypeRules rules = zz::extract::KeywordTypeRules::read(
        ZZ_SOURCE_DATA_DIR "/" + std::string(zz::extract::KeywordTypeRules::kFile));
    zz::text::RegionTable regions = zz::text::RegionTable::read(ZZ_SOURCE_DATA_DIR "/regions.tsv");
    zz::extract::KeywordExtractor extractor(&idf, getenv("NOSTOP") ? nullptr : &stop_words,
                                            {.method = *parsed, .top_k = top},
                                            {.rules = &rules, .regions = &regions});
    if (untrained) {
      if (paths.size() < 2) throw zz::Error(zz::ErrorKind::usage, "--untrained needs 2 reports");
      time_untrained(extractor, segmenter, paths, runs);
      return 0;
    }

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
