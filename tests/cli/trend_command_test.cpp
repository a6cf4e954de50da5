// Tests of `zzreport trend`: terms before --, per-document and grouped rows, formats, bad input.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "cli_test_util.hpp"

namespace zz::cli {
namespace {

using nlohmann::json;
using testing::run_cli;

const std::string kSeed = ZZ_SOURCE_DATA_DIR "/samples/zhuzhou-2021-party-congress.txt";

TEST(TrendCommand, CountsEachTermInEachReportAsCsv) {
  testing::ScratchDir scratch;
  std::string a = scratch.write("a.txt", "深化改革，改革开放。高质量发展。");
  std::string b = scratch.write("b.txt", "推进高质量发展，發展是第一要务。");
  testing::Run run = run_cli({"trend", "-q", "改革", "发展", "--", a, b});
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(run.out, "file,region,level,year,term,count,per_10k\n" + a + ",,,,改革,2,1538.4615\n" +
                         a + ",,,,发展,1,769.2308\n" + b + ",,,,改革,0,0.0000\n" + b +
                         ",,,,发展,2,1428.5714\n");
}

TEST(TrendCommand, WordsCountOnlyWholeWords) {
  testing::ScratchDir scratch;
  std::string a = scratch.write("a.txt", "全面深化改革，坚持改革开放。");
  testing::Run substring = run_cli({"trend", "-f", "csv", "改革", "改革开放", "--", a});
  testing::Run words = run_cli({"trend", "-f", "csv", "--words", "改革", "改革开放", "--", a});
  ASSERT_EQ(substring.status, 0) << substring.err;
  ASSERT_EQ(words.status, 0) << words.err;
  EXPECT_NE(substring.out.find(",改革,2,"), std::string::npos) << substring.out;
  EXPECT_NE(substring.out.find(",改革开放,1,"), std::string::npos) << substring.out;
  EXPECT_NE(words.out.find(",改革,1,"), std::string::npos) << words.out;
  EXPECT_NE(words.out.find(",改革开放,1,"), std::string::npos) << words.out;
}

TEST(TrendCommand, GroupsByYearWithRatesOverTheGroupsCharacters) {
  testing::ScratchDir scratch;
  std::string a = scratch.write("a.txt", "改革。");
  std::string b = scratch.write("b.txt", "改革改革。");
  testing::Run run = run_cli(
      {"trend", "-q", "-f", "json", "--by", "year", "--meta", "year=2020", "改革", "--", a, b});
  ASSERT_EQ(run.status, 0) << run.err;
  json rows = json::parse(run.out);
  ASSERT_EQ(rows.size(), 1u) << run.out;
  EXPECT_EQ(rows[0],
            json::parse(R"({"year":2020,"term":"改革","documents":2,"count":3,"per_10k":5000.0})"));
}

TEST(TrendCommand, DrawsAChartPerTermByYearInHtmlAndNeedsAYearToDoSo) {
  testing::ScratchDir scratch;
  std::string a = scratch.write("a.txt", "２０１９年政府工作报告\n改革。创新。");
  std::string b = scratch.write("b.txt", "２０２０年政府工作报告\n改革改革。");
  testing::Run run =
      run_cli({"trend", "-q", "-f", "html", "--by", "year", "改革", "创新", "--", a, b});
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(run.out.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_NE(run.out.find("<figcaption>改革</figcaption><svg "), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("<figcaption>创新</figcaption><svg "), std::string::npos) << run.out;
  testing::Run ungrouped = run_cli({"trend", "-q", "-f", "html", "改革", "--", a});
  EXPECT_EQ(ungrouped.status, 2);
  EXPECT_NE(ungrouped.err.find("--by year"), std::string::npos) << ungrouped.err;
  EXPECT_EQ(ungrouped.out, "");
}

TEST(TrendCommand, ReadsTheSeedsCleanedTextWithoutPageMarkers) {
  // The seed has a page marker (》》下转B1版): it is not text of the report, so it is not counted.
  testing::Run run = run_cli({"trend", "-f", "jsonl", "下转", "--", kSeed});
  ASSERT_EQ(run.status, 0) << run.err;
  json row = json::parse(run.out);
  EXPECT_EQ(row["count"], 0) << run.out;
  EXPECT_EQ(row["region"], "株洲市");
  EXPECT_EQ(row["level"], "city");
}

TEST(TrendCommand, TermsFromAFile) {
  testing::ScratchDir scratch;
  std::string terms = scratch.write("terms.txt", "# one a line\n改革\n\n发展\n");
  std::string a = scratch.write("a.txt", "改革发展。");
  testing::Run run = run_cli({"trend", "-f", "csv", "--terms-file", terms, a});
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_NE(run.out.find(",改革,1,"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find(",发展,1,"), std::string::npos) << run.out;
}

TEST(TrendCommand, BadInputIsOneLineAndAUsageOrInputStatus) {
  testing::ScratchDir scratch;
  std::string a = scratch.write("a.txt", "改革。");
  struct Case {
    std::vector<std::string> args;
    int status;
    std::string says;
  };
  for (const Case& c : std::vector<Case>{
           {{"trend", a}, 2, "put -- between the terms and the reports"},
           {{"trend", "--", a}, 2, "no terms"},
           {{"trend", "", "--", a}, 2, "an empty term"},
           {{"trend", "--by", "decade", "改革", "--", a}, 2, "--by: unknown field 'decade'"},
           {{"trend", "改革", "--", scratch.path("missing.txt")}, 1, "missing.txt"},
           {{"trend", "--terms-file", scratch.path("none.txt"), a}, 1, "none.txt"},
       }) {
    std::vector<std::string> all{"zzreport"};
    all.insert(all.end(), c.args.begin(), c.args.end());
    std::vector<const char*> argv;
    for (const std::string& s : all) argv.push_back(s.c_str());
    std::ostringstream out, err;
    int status = run(static_cast<int>(argv.size()), argv.data(), out, err);
    EXPECT_EQ(status, c.status) << c.says << ": " << err.str();
    EXPECT_NE(err.str().find(c.says), std::string::npos) << err.str();
    EXPECT_TRUE(out.str().empty()) << out.str();
  }
}

}  // namespace
}  // namespace zz::cli
