// Tests of classify_slogan() and QuotedTermRules: each rule of the kind of a quoted term, and the
// shipped data/rules/quoted_terms.tsv as data.
#include "zzreport/extract/slogan_types.hpp"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <utility>

#include "zzreport/extract/idf_table.hpp"
#include "zzreport/extract/stop_words.hpp"
#include "zzreport/segment/segmenter.hpp"
#include "zzreport/text/data_file.hpp"
#include "zzreport/text/error.hpp"
#include "zzreport/text/regions.hpp"

namespace zz::extract {
namespace {

class SloganTypes : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    rules_ =
        new QuotedTermRules(QuotedTermRules::read(ZZ_SOURCE_DATA_DIR "/rules/quoted_terms.tsv"));
    segmenter_ = new segment::Segmenter();  // ICU's dictionary is all the tests ask of it
    regions_ = new text::RegionTable(
        text::RegionTable::parse(text::DataFile("株洲市\tcity\t-\t株洲\n", "regions")));
  }
  static void TearDownTestSuite() {
    delete regions_;
    delete segmenter_;
    delete rules_;
  }
  static SloganType type(std::string_view term, QuotedUse use = {}) {
    return classify_slogan(term, {.rules = rules_, .segmenter = segmenter_, .regions = regions_},
                           use);
  }
  static inline QuotedTermRules* rules_ = nullptr;
  static inline segment::Segmenter* segmenter_ = nullptr;
  static inline text::RegionTable* regions_ = nullptr;
};

TEST_F(SloganTypes, NumeralsThatCountMakeNumberedFormulations) {
  for (std::string_view t :
       {"三高四新", "四个全面", "两个一批", "十同", "双减", "新四化", "六大强农"})
    EXPECT_EQ(type(t), SloganType::numbered) << t;
  EXPECT_EQ(type("十百千"), SloganType::numbered);
  EXPECT_EQ(type("3+3+2"), SloganType::numbered);
  EXPECT_EQ(type("30条"), SloganType::numbered);
}

TEST_F(SloganTypes, OneCountsOnlyInAListOrAlternatingWithSingleCharacters) {
  EXPECT_EQ(type("一带一路"), SloganType::numbered);
  EXPECT_EQ(type("一县一特一新"), SloganType::numbered);
  EXPECT_EQ(type("一个中心"), SloganType::numbered);
  EXPECT_EQ(type("一网通办"), SloganType::slogan);
  EXPECT_EQ(type("一件事一次办"), SloganType::slogan);
}

TEST_F(SloganTypes, ZeroOrdinalsAndDurationsCountNothing) {
  EXPECT_EQ(type("破零倍增"), SloganType::slogan);
  EXPECT_EQ(type("第一议题"), SloganType::slogan);
  EXPECT_EQ(type("三年目标"), SloganType::slogan);
  EXPECT_EQ(type("一日交通圈"), SloganType::slogan);
}

TEST_F(SloganTypes, PlansDaysDigitsAndModelsAreNames) {
  EXPECT_EQ(type("十四五"), SloganType::name);
  EXPECT_EQ(type("九五"), SloganType::name);
  EXPECT_EQ(type("七一"), SloganType::name);
  EXPECT_EQ(type("12345"), SloganType::name);
  EXPECT_EQ(type("神24"), SloganType::name);
  EXPECT_EQ(type("中国制造2025"), SloganType::name);
}

TEST_F(SloganTypes, NameMarksInTheTerm) {
  EXPECT_EQ(type("德尔塔"), SloganType::name);  // transliteration characters
  EXPECT_EQ(type("复兴号"), SloganType::name);
  EXPECT_EQ(type("中国动力谷"), SloganType::name);
  EXPECT_EQ(type("韶山—井冈山"), SloganType::name);
  EXPECT_EQ(type("株洲"), SloganType::name);          // a region
  EXPECT_EQ(type("四大工程"), SloganType::numbered);  // the numeral counts the projects
}

TEST_F(SloganTypes, ANameHeadAfterTheQuoteMakesAName) {
  EXPECT_EQ(type("星火", {.before_name_head = true}), SloganType::name);
  EXPECT_EQ(type("三高四新", {.before_name_head = true}), SloganType::numbered);
}

TEST_F(SloganTypes, OrdinaryWordsAreTerms) {
  EXPECT_EQ(type("裂变"), SloganType::term);  // in ICU's dictionary
  EXPECT_EQ(type("品牌"), SloganType::term);  // ends like 长安牌, but a word of the language
  StopWords stop;
  stop.add("聚焦");
  EXPECT_EQ(classify_slogan("聚焦", {.rules = rules_, .stop_words = &stop}), SloganType::term);
  IdfTable idf;
  idf.load("#documents 10\n创新\t9\n揭榜挂帅\t3\n", "idf");
  EXPECT_EQ(classify_slogan("创新", {.rules = rules_, .idf = &idf}), SloganType::term);
  EXPECT_EQ(classify_slogan("揭榜挂帅", {.rules = rules_, .idf = &idf}), SloganType::slogan);
}

TEST_F(SloganTypes, PlusMakesASloganOfWords) {
  EXPECT_EQ(type("互联网+"), SloganType::slogan);
  EXPECT_EQ(type("红色+旅游"), SloganType::slogan);
  EXPECT_EQ(type("跨省通办"), SloganType::slogan);
}

TEST(QuotedTermRules, ShippedFileParsesWithoutDuplicates) {
  text::DataFile file = text::DataFile::read(ZZ_SOURCE_DATA_DIR "/rules/quoted_terms.tsv", "rules");
  std::set<std::pair<std::string, std::string>> seen;
  file.for_each([&](const text::DataLine& line) {
    auto fields = line.fields(2, 2);
    EXPECT_TRUE(seen.emplace(fields[0], fields[1]).second) << line.text();
  });
  EXPECT_FALSE(QuotedTermRules::parse(file).empty());
}

TEST(QuotedTermRules, RejectsUnknownRolesAndLongSeparators) {
  EXPECT_THROW(QuotedTermRules::parse(text::DataFile("suffix\t号\n", "r")), Error);
  EXPECT_THROW(QuotedTermRules::parse(text::DataFile("name_separator\t——\n", "r")), Error);
  EXPECT_THROW(QuotedTermRules::parse(text::DataFile("name_head\n", "r")), Error);
}

}  // namespace
}  // namespace zz::extract
