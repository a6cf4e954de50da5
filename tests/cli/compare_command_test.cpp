// Tests of `zzreport compare`: the writers on a hand-built Comparison, and the command on two
// consecutive reports of one city from the corpus.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "cli.hpp"
#include "zzreport/report/compare_writers.hpp"

namespace zz::cli {
namespace {

extract::Quantity target(std::string indicator, double value, std::string value_text,
                         extract::Op op) {
  extract::Quantity q;
  q.kind = extract::QuantityKind::target;
  q.indicator = std::move(indicator);
  q.value = value;
  q.value_text = std::move(value_text);
  q.unit = "%";
  q.op = op;
  q.quote = "增长" + q.value_text + "%";
  return q;
}

report::CompareInput sample_input(const extract::Comparison& c) {
  return {&c, "a/2021.md", "a/2022.md", "株洲市政府工作报告", "", 2021, 2022};
}

extract::Comparison sample_comparison() {
  extract::Comparison c;
  c.targets.push_back({extract::TargetChange::lowered, "地区生产总值增长",
                       target("地区生产总值增长", 7, "7", extract::Op::ge),
                       target("地区生产总值增长", 6, "6", extract::Op::approx)});
  c.targets.push_back({extract::TargetChange::added, "研发|投入", std::nullopt,
                       target("研发|投入", 10, "10", extract::Op::inc)});
  c.slogans.push_back({"新质生产力", true, 3});
  c.keywords.push_back({"三高四新", false, 2});
  return c;
}

TEST(CompareWriters, JsonHasBothSidesSummaryTargetsAndTerms) {
  extract::Comparison c = sample_comparison();
  nlohmann::json j = nlohmann::json::parse(report::compare_to_json(sample_input(c)));
  EXPECT_EQ(j["old"]["path"], "a/2021.md");
  EXPECT_EQ(j["new"]["title"], nullptr);
  EXPECT_EQ(j["new"]["year"], 2022);
  EXPECT_EQ(j["summary"]["lowered"], 1);
  EXPECT_EQ(j["summary"]["added"], 1);
  EXPECT_EQ(j["summary"]["raised"], 0);
  EXPECT_EQ(j["targets"][0]["change"], "lowered");
  EXPECT_EQ(j["targets"][0]["old"]["value"], 7);
  EXPECT_EQ(j["targets"][0]["new"]["op"], "approx");
  EXPECT_EQ(j["targets"][1]["old"], nullptr);
  EXPECT_EQ(j["slogans"]["added"][0]["text"], "新质生产力");
  EXPECT_EQ(j["keywords"]["dropped"][0]["count"], 2);
}

TEST(CompareWriters, MarkdownTableShowsOldAndNewValuesAndEscapesPipes) {
  extract::Comparison c = sample_comparison();
  std::string md = report::compare_to_markdown(sample_input(c));
  EXPECT_NE(md.find("| 地区生产总值增长 | 降低 | ≥7% | ≈6% |"), std::string::npos) << md;
  EXPECT_NE(md.find("| 研发\\|投入 | 新提出 | — | +10% |"), std::string::npos) << md;
  EXPECT_NE(md.find("- 新出现：新质生产力（3）"), std::string::npos) << md;
  EXPECT_NE(md.find("- 不再出现：三高四新（2）"), std::string::npos) << md;
}

TEST(CompareWriters, TextViewListsEveryTarget) {
  extract::Comparison c = sample_comparison();
  std::string text = report::compare_to_text(sample_input(c));
  EXPECT_NE(text.find("地区生产总值增长  ≥7% → ≈6%"), std::string::npos) << text;
  EXPECT_NE(text.find("研发|投入  — → +10%"), std::string::npos) << text;
}

std::string run_compare(std::vector<std::string> args, int& status) {
  args.insert(args.begin(), {"zzreport", "compare"});
  std::vector<const char*> argv;
  for (const std::string& a : args) argv.push_back(a.c_str());
  std::ostringstream out;
  std::ostringstream err;
  status = run(static_cast<int>(argv.size()), argv.data(), out, err);
  return out.str() + err.str();
}

TEST(CompareCommand, ComparesTwoConsecutiveReportsOfOneDistrict) {
  const std::string dir = ZZ_TEST_DATA_DIR "/reports/";
  int status = -1;
  std::string out =
      run_compare({"-f", "json", dir + "hailaer-2013.txt", dir + "hailaer-2014.txt"}, status);
  ASSERT_EQ(status, 0) << out;
  nlohmann::json j = nlohmann::json::parse(out);
  EXPECT_EQ(j["old"]["path"], dir + "hailaer-2013.txt");
  EXPECT_EQ(j["old"]["year"], 2013);
  EXPECT_EQ(j["new"]["year"], 2014);
  for (const char* key : {"summary", "targets", "slogans", "keywords"})
    EXPECT_TRUE(j.contains(key)) << key;
  std::size_t targets = 0;
  for (const auto& [change, n] : j["summary"].items()) targets += n.get<std::size_t>();
  EXPECT_EQ(targets, j["targets"].size());
  // The same two reports the other way round: what was added is now dropped.
  nlohmann::json back = nlohmann::json::parse(
      run_compare({"-f", "json", dir + "hailaer-2014.txt", dir + "hailaer-2013.txt"}, status));
  EXPECT_EQ(back["keywords"]["dropped"], j["keywords"]["added"]);
  EXPECT_EQ(back["summary"]["raised"], j["summary"]["lowered"]);
  EXPECT_EQ(back["summary"]["added"], j["summary"]["dropped"]);
}

TEST(CompareCommand, AMissingReportIsAnInputError) {
  int status = -1;
  std::string out = run_compare({"/nonexistent/a.md", "/nonexistent/b.md"}, status);
  EXPECT_EQ(status, 1);
  EXPECT_NE(out.find("/nonexistent/a.md"), std::string::npos) << out;
}

}  // namespace
}  // namespace zz::cli
