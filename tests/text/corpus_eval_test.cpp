// Evaluation of zz_text on a fixed sample of the corpus (label "eval"): offset maps round-trip,
// every section and warning span quotes what it should, and the metadata gives the year and level
// that the corpus folders and file names record (bench/metaeval scores region, level and year on
// the whole corpus). ZZ_EVAL_FULL=1 runs the whole corpus and prints the figures quoted in
// docs/text.md.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "shared_data.hpp"
#include "text_test_util.hpp"
#include "zzreport/text/document.hpp"
#include "zzreport/text/regions.hpp"

namespace zz::text {
namespace {

namespace fs = std::filesystem;
using test::cp_slice;

// Every kStride-th file of the sorted corpus: about 50 reports of every level and decade.
constexpr std::size_t kStride = 24;
// Thresholds on the sample; the full corpus figures are in docs/text.md.
constexpr double kMinYearAccuracy = 0.95;
constexpr double kMinLevelAccuracy = 0.9;
constexpr double kMaxYearUnknown = 0.1;

std::vector<fs::path> corpus_files() {
  std::vector<fs::path> files;
  for (const auto& e : fs::recursive_directory_iterator(zz::testing::shared_path("corpus"))) {
    if (e.is_regular_file()) files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  if (std::getenv("ZZ_EVAL_FULL") != nullptr) return files;
  std::vector<fs::path> sample;
  for (std::size_t i = 0; i < files.size(); i += kStride) sample.push_back(files[i]);
  return sample;
}

std::string read_bytes(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

/// The level the corpus folder records (主要城市 and 其他地市 are cities, but for the four
/// municipalities; gbk-district is a district, of county level).
std::string expected_level(const fs::path& p) {
  std::string s = p.string();
  if (s.find("国务院") != std::string::npos) return "national";
  if (s.find("省自治区") != std::string::npos) return "provincial";
  if (s.find("gbk-district") != std::string::npos) return "county";
  for (const char* municipality : {"/北京市/", "/上海市/", "/天津市/", "/重庆市/"}) {
    if (s.find(municipality) != std::string::npos) return "provincial";
  }
  return "city";
}

std::optional<int> expected_year(const fs::path& p) {
  std::string stem = p.stem().string();
  std::size_t digits = stem.find_first_of("0123456789");
  if (digits == std::string::npos) return std::nullopt;
  return std::stoi(stem.substr(digits, 4));
}

bool has_newline(std::string_view s) { return s.find('\n') != std::string_view::npos; }

void check_spans(const Document& doc, const fs::path& path) {
  for (const Section& s : doc.sections) {
    std::string quote = cp_slice(doc.original, s.span);
    // The heading's original text normalises to the heading: the span is exactly the heading.
    EXPECT_EQ(normalize(quote).text, doc.slice(s.heading)) << path << ": heading " << quote;
    EXPECT_FALSE(has_newline(quote)) << path << ": heading " << quote;
  }
  for (const Warning& w : doc.warnings) {
    std::string quote = cp_slice(doc.original, w.span);
    EXPECT_FALSE(quote.empty()) << path << ": " << w.kind;
    if (w.kind == "page_marker") {
      EXPECT_NE(quote.find_first_of("接转"), std::string::npos) << path << ": " << quote;
      EXPECT_FALSE(has_newline(quote)) << path << ": " << quote;
    } else if (w.kind == "split_paragraph") {
      EXPECT_TRUE(has_newline(quote)) << path << ": " << quote;
    } else if (w.kind == "stray_latin") {
      EXPECT_TRUE(
          std::all_of(quote.begin(), quote.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
          << path << ": " << quote;
    } else if (w.kind == "duplicate") {
      // Its opening (a passage may span paragraphs joined differently in the two copies) repeats.
      std::u32string head = test::code_points(normalize(quote).text).substr(0, 20);
      std::string text;
      for (char32_t c : head) utf8::append_utf8(text, c);
      std::size_t first = doc.text.find(text);
      EXPECT_NE(first, std::string::npos) << path << ": " << quote;
      if (first != std::string::npos) {
        EXPECT_NE(doc.text.find(text, first + 1), std::string::npos) << path;
      }
    } else if (w.kind == "traditional") {
      for (char32_t c : test::code_points(quote))
        EXPECT_TRUE(is_traditional(c)) << path << ": " << quote;
    } else if (w.kind == "boilerplate") {
      EXPECT_FALSE(has_newline(quote)) << path << ": " << quote;
    } else {
      ADD_FAILURE() << path << ": unknown warning kind " << w.kind;
    }
  }
}

TEST(CorpusEval, SpansQuoteTheirTextAndFrontMatterIsRead) {
  ZZ_REQUIRE_SHARED_DATA(zz::testing::shared_path("corpus"));
  const auto files = corpus_files();
  ASSERT_GE(files.size(), 40u) << "too few reports under " << zz::testing::shared_path("corpus");
  const RegionTable regions = RegionTable::read(ZZ_SOURCE_DATA_DIR "/regions.tsv");
  int years = 0, years_right = 0, years_unknown = 0;
  int levels_right = 0, levels_unknown = 0;
  std::map<std::string, int> warnings;
  std::size_t sections = 0;
  for (const fs::path& path : files) {
    Document doc = load_document(read_bytes(path), path.string(), {{}, &regions});
    Normalized n;
    n.text = doc.text;
    n.map = doc.map;
    test::expect_map_round_trips(doc.original, n);
    check_spans(doc, path);
    if (auto y = expected_year(path)) {
      ++years;
      // The file name is the year the report plans for (bench/metaeval-exceptions.tsv lists the
      // few that are not).
      if (doc.year == y) {
        ++years_right;
      } else if (!doc.year) {
        ++years_unknown;
      }
      if (doc.year != y && std::getenv("ZZ_EVAL_VERBOSE")) {
        std::cerr << "year " << (doc.year ? std::to_string(*doc.year) : "-") << " for " << path
                  << "\n";
      }
    }
    if (doc.level == expected_level(path)) {
      ++levels_right;
    } else {
      levels_unknown += doc.level.empty();
      if (std::getenv("ZZ_EVAL_VERBOSE"))
        std::cerr << "level '" << doc.level << "' for " << path << "\n";
    }
    sections += doc.sections.size();
    for (const Warning& w : doc.warnings) ++warnings[w.kind];
  }
  // Accuracy among the reports that state a year; the share that states none is bounded too.
  const int stated = years - years_unknown;
  const double year_accuracy = stated ? static_cast<double>(years_right) / stated : 0;
  const double year_unknown = years ? static_cast<double>(years_unknown) / years : 1;
  const double level_accuracy =
      static_cast<double>(levels_right) / static_cast<double>(files.size());
  std::cout << files.size() << " files, " << sections << " sections; year " << years_right << "/"
            << stated << " (" << years_unknown << " not stated)"
            << ", level " << levels_right << "/" << files.size() << " (" << levels_unknown
            << " unknown)\n";
  for (const auto& [kind, count] : warnings) std::cout << "  " << kind << ": " << count << "\n";
  EXPECT_GE(year_accuracy, kMinYearAccuracy);
  EXPECT_LE(year_unknown, kMaxYearUnknown);
  EXPECT_GE(level_accuracy, kMinLevelAccuracy);
}

}  // namespace
}  // namespace zz::text
