// Tests of QuantityRules::load(): the shipped vocabularies of data/rules parse and hold what the
// rules expect; a malformed, unknown or colliding entry is a data error naming its file and line.
#include "zzreport/extract/quantity_rules.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>

#include "quantity_fixture.hpp"
#include "rule_tables.hpp"
#include "zzreport/text/data_file.hpp"
#include "zzreport/text/error.hpp"

namespace zz::extract {
namespace {

namespace fs = std::filesystem;

const fs::path kShipped = ZZ_SOURCE_DATA_DIR "/rules";

bool has(const std::vector<std::string_view>& words, std::string_view w) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

/// A copy of the shipped rules in a fresh directory, to break one file of.
class BrokenRules : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("zz-rules-" +
            std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    for (const fs::directory_entry& e : fs::directory_iterator(kShipped))
      fs::copy_file(e.path(), dir_ / e.path().filename());
  }
  void TearDown() override { fs::remove_all(dir_); }

  void append(const std::string& file, const std::string& line) {
    std::ofstream(dir_ / file, std::ios::app) << line << "\n";
  }
  /// The line number the next appended line of `file` gets.
  std::size_t next_line(const std::string& file) {
    std::ifstream in(dir_ / file);
    return static_cast<std::size_t>(std::count(std::istreambuf_iterator<char>(in), {}, '\n')) + 1;
  }
  /// The message of the data error that loading throws; fails the test when it throws none.
  std::string load_error() {
    try {
      QuantityRules::load(dir_.string());
    } catch (const Error& e) {
      EXPECT_EQ(e.kind(), ErrorKind::data);
      return e.message();
    }
    ADD_FAILURE() << "expected zz::Error";
    return {};
  }
  std::string where(const std::string& file) { return (dir_ / file).string() + ": "; }

  fs::path dir_;
};

TEST(QuantityRules, ShippedFilesEachStartWithAHeaderComment) {
  std::size_t files = 0;
  for (const fs::directory_entry& e : fs::directory_iterator(kShipped)) {
    ++files;
    text::DataFile file = text::DataFile::read(e.path().string(), "a rule file");
    EXPECT_TRUE(file.text().starts_with("# ")) << e.path();
    EXPECT_NE(file.text().find("Columns"), std::string_view::npos)
        << e.path() << " says what its columns mean";
  }
  EXPECT_EQ(files, 10u);  // the 8 vocabularies of the quantity rules, quoted_terms.tsv and
                          // keyword_types.tsv
}

TEST(QuantityRules, ShippedVocabulariesParseIntoTheirTables) {
  const detail::RuleTables& t = testing::shipped_rules().tables();
  ASSERT_EQ(t.hedges_before.size(), 3u);
  EXPECT_EQ(t.hedges_before[0].word, "力争");
  EXPECT_EQ(t.hedges_before[0].hedge, Hedge::strive);
  ASSERT_EQ(t.hedges_after.size(), 1u);
  EXPECT_EQ(t.hedges_after[0].hedge, Hedge::approx);
  // Longer comparators before those they end with.
  auto position = [&](std::string_view w) {
    return std::find_if(t.comparators_before.begin(), t.comparators_before.end(),
                        [&](const detail::OpWord& o) { return o.word == w; }) -
           t.comparators_before.begin();
  };
  EXPECT_LT(position("不超过"), position("超过"));
  EXPECT_LT(position("大约"), position("约"));
  EXPECT_GT(t.verbs.size(), 30u);
  EXPECT_TRUE(has(t.fillers, "年均"));
  EXPECT_EQ(t.units.size(), 92u);  // 成, 千瓦小时 and 千升 among them
  EXPECT_EQ(t.units[0].text, "个百分点");
  EXPECT_TRUE(has(t.plan_tails, "时期"));
  EXPECT_EQ(t.future_cues, 20u);
  EXPECT_TRUE(has(t.indicator_leads, "力争"));
  EXPECT_TRUE(has(t.adverbial_words, "在"));
  EXPECT_TRUE(has(t.magnitude_ends, "规模"));
  EXPECT_TRUE(has(t.magnitude_ends, "台阶"));
  // The indicator tails hold every verb, filler, comparator before a number and hedge before one,
  // longest first.
  for (const detail::OpWord& v : t.verbs) EXPECT_TRUE(has(t.indicator_tails, v.word)) << v.word;
  for (const detail::OpWord& c : t.comparators_before)
    EXPECT_TRUE(has(t.indicator_tails, c.word)) << c.word;
  for (std::string_view f : t.fillers) EXPECT_TRUE(has(t.indicator_tails, f)) << f;
  EXPECT_TRUE(has(t.indicator_tails, "比上年"));
  EXPECT_TRUE(
      std::is_sorted(t.indicator_tails.begin(), t.indicator_tails.end(),
                     [](std::string_view a, std::string_view b) { return a.size() > b.size(); }));
}

TEST(QuantityRules, ExceptionsHideTheirWordWhereTheLongerOneIsWritten) {
  const detail::RuleTables& t = testing::shipped_rules().tables();
  std::string_view text = "主要任务是要加快";
  EXPECT_TRUE(t.hidden(text, std::string_view("主").size(), "要"));
  EXPECT_FALSE(t.hidden(text, std::string_view("主要任务是").size(), "要"));
  EXPECT_TRUE(t.hidden("今年以来", 0, "今年"));
  // 规模以上 hides 以上 only when all of it lies after the floor (the number).
  std::string_view scope = "5741家规模以上";
  std::size_t at = scope.find("以上");
  EXPECT_TRUE(t.hidden(scope, at, "以上", scope.find("规模")));
  EXPECT_FALSE(t.hidden(scope, at, "以上", at));
}

TEST(QuantityRules, AnEmptyRuleSetIsRefused) {
  text::Document doc = text::load_document("增长5%。", "t.txt");
  EXPECT_THROW(extract_quantities(doc, QuantityRules()), Error);
}

TEST_F(BrokenRules, MissingFileIsADataErrorNamingIt) {
  fs::remove(dir_ / "verbs.tsv");
  EXPECT_EQ(load_error(), (dir_ / "verbs.tsv").string() + ": cannot read a rule file");
}

TEST_F(BrokenRules, AnEntryListedTwiceIsRefused) {
  std::size_t line = next_line("verbs.tsv");
  append("verbs.tsv", "增长\tinc");
  std::string message = load_error();
  EXPECT_NE(message.find("'增长' is listed twice (first on line"), std::string::npos) << message;
  EXPECT_NE(message.find("(line " + std::to_string(line) + ")"), std::string::npos) << message;
}

TEST_F(BrokenRules, UnknownNamesAreRefused) {
  append("comparators.tsv", "过半\tbefore\tmost");
  EXPECT_NE(load_error().find("unknown op 'most'"), std::string::npos);
}

TEST_F(BrokenRules, UnknownHedgeIsRefused) {
  append("hedges.tsv", "努力\t努力\tbefore");
  EXPECT_NE(load_error().find("unknown hedge '努力'"), std::string::npos);
}

TEST_F(BrokenRules, UnknownRoleIsRefused) {
  std::size_t line = next_line("cues.tsv");
  append("cues.tsv", "futur\t将要");
  EXPECT_EQ(load_error(),
            where("cues.tsv") + "unknown role 'futur' (line " + std::to_string(line) + ")");
}

TEST_F(BrokenRules, AScaleMustBeAPositiveNumber) {
  append("units.tsv", "打\t个\t-12\tcount");
  EXPECT_NE(load_error().find("the scale '-12' is not a positive number"), std::string::npos);
}

TEST_F(BrokenRules, WrongFieldCountIsRefused) {
  append("units.tsv", "打\t个\t12");
  EXPECT_NE(load_error().find("expected 4 TAB-separated fields, found 3"), std::string::npos);
}

TEST_F(BrokenRules, ARelativeDeadlineNeedsItsYears) {
  append("horizons.tsv", "relative\t后年");
  EXPECT_NE(load_error().find("expected the years after the report's year"), std::string::npos);
}

TEST_F(BrokenRules, AWordOfAnotherFileIsNotListedAgainAsATailOrLead) {
  append("indicators.tsv", "tail\t扩大到");
  EXPECT_NE(load_error().find("'扩大到' is in verbs.tsv, whose words are tails already"),
            std::string::npos);
}

TEST_F(BrokenRules, AHedgeIsNotListedAgainAsALead) {
  append("indicators.tsv", "lead\t确保");
  EXPECT_NE(load_error().find("'确保' is in hedges.tsv, whose words are leads already"),
            std::string::npos);
}

TEST_F(BrokenRules, AnExceptionMustHoldTheWordItHides) {
  append("exceptions.tsv", "需求\t要");
  EXPECT_NE(load_error().find("'需求' does not hold '要' inside it"), std::string::npos);
}

TEST_F(BrokenRules, AnExceptionMustHideARuleWord) {
  append("exceptions.tsv", "发展中\t发展");
  EXPECT_NE(load_error().find("'发展' is no cue, relative deadline, noun end or unit"),
            std::string::npos);
}

}  // namespace
}  // namespace zz::extract
