// Evaluation bars of issue 4 (label eval): with the shipped IDF table, stop words and segmenter,
// the seed's top 20 name what it is about, and no report's top 20 holds genre vocabulary (a term
// the IDF table finds in more than half of the corpus). Full corpus:
// bench/keywords_generic_check.py.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "shared_data.hpp"
#include "zzreport/extract/idf_table.hpp"
#include "zzreport/extract/keywords.hpp"
#include "zzreport/extract/stop_words.hpp"
#include "zzreport/segment/lexicon.hpp"
#include "zzreport/segment/segmenter.hpp"
#include "zzreport/text/document.hpp"

namespace zz::extract {
namespace {

class KeywordsEval : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    idf_ = new IdfTable();
    idf_->load_file(ZZ_SOURCE_DATA_DIR "/idf.tsv");
    stop_ = new StopWords();
    stop_->load_file(ZZ_SOURCE_DATA_DIR "/stopwords.txt");
    // The segmenter as `analyze` runs it: the IDF table was counted on its tokens.
    lexicon_ = new segment::Lexicon();
    lexicon_->load_file(ZZ_SOURCE_DATA_DIR "/lexicon.txt", segment::LexiconLayer::shipped);
    segmenter_ = new segment::Segmenter(lexicon_);
  }
  static void TearDownTestSuite() {
    delete segmenter_;
    delete lexicon_;
    delete stop_;
    delete idf_;
  }
  static std::vector<Keyword> top20(const std::string& path) {
    text::Document doc = text::load_document(text::read_file(path), path);
    std::vector<segment::Token> tokens;
    segmenter_->segment(doc.text, tokens);
    return KeywordExtractor(idf_, stop_, {.top_k = 20}).extract(doc, tokens);
  }
  /// Keywords found in more than half of the corpus documents.
  static std::vector<std::string> generic(const std::vector<Keyword>& keywords) {
    std::vector<std::string> out;
    for (const Keyword& k : keywords) {
      if (idf_->document_frequency(term_key(k.term)).value_or(0) * 2 > idf_->documents()) {
        out.push_back(k.term);
      }
    }
    return out;
  }
  static inline IdfTable* idf_ = nullptr;
  static inline StopWords* stop_ = nullptr;
  static inline segment::Lexicon* lexicon_ = nullptr;
  static inline segment::Segmenter* segmenter_ = nullptr;
};

TEST_F(KeywordsEval, SeedTop20NamesWhatItIsAbout) {
  std::vector<Keyword> keywords =
      top20(ZZ_SOURCE_DATA_DIR "/samples/zhuzhou-2021-party-congress.txt");
  ASSERT_EQ(keywords.size(), 20u);
  const std::vector<std::string> expected = {"株洲",     "轨道交通", "长株潭",   "长株潭一体化",
                                             "湘赣边",   "三高四新", "三个高地", "动力谷",
                                             "硬质材料", "航空动力", "制造名城", "幸福株洲"};
  std::vector<std::string> found;
  for (const Keyword& k : keywords) {
    if (std::find(expected.begin(), expected.end(), k.term) != expected.end())
      found.push_back(k.term);
  }
  std::string all;
  for (const Keyword& k : keywords) all += k.term + " ";
  EXPECT_GE(found.size(), 6u) << all;
  EXPECT_TRUE(generic(keywords).empty()) << all;
}

TEST_F(KeywordsEval, NoGenreVocabularyInTheTop20OfASampleOf100CorpusReports) {
  const std::filesystem::path corpus = zz::testing::shared_path("corpus/gov-reports");
  ZZ_REQUIRE_SHARED_DATA(corpus);
  std::vector<std::string> files;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(corpus)) {
    if (entry.is_regular_file() && entry.path().extension() == ".md")
      files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());
  ASSERT_GE(files.size(), 100u);
  std::size_t step = files.size() / 100;
  for (std::size_t i = 0; i < 100; ++i) {
    const std::string& path = files[i * step];
    std::vector<std::string> bad = generic(top20(path));
    std::string list;
    for (const std::string& term : bad) list += term + " ";
    EXPECT_TRUE(bad.empty()) << path << ": " << list;
  }
}

}  // namespace
}  // namespace zz::extract
