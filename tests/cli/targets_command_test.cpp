// Tests of `zzreport targets`: the quantities of analyze, from the same analyzer and data.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "cli_test_util.hpp"

namespace zz::cli {
namespace {

using nlohmann::json;
using testing::run_cli;

const std::string kSeed = ZZ_SOURCE_DATA_DIR "/samples/zhuzhou-2021-party-congress.txt";

TEST(TargetsCommand, JsonHoldsTheQuantitiesOfAnalyzeKindByKind) {
  testing::Run targets = run_cli({"targets", "-f", "json", "--kind", "any", kSeed});
  testing::Run analyze = run_cli({"analyze", "-f", "json", kSeed});
  ASSERT_EQ(targets.status, 0) << targets.err;
  ASSERT_EQ(analyze.status, 0) << analyze.err;
  json listed = json::parse(targets.out);
  json analysed = json::parse(analyze.out);
  EXPECT_EQ(listed["file"], analysed["document"]["path"]);
  EXPECT_EQ(listed["year"], analysed["document"]["year"]);
  // targets lists them in text order with their file; analyze by kind, in text order within each.
  json by_kind = {
      {"target", json::array()}, {"achievement", json::array()}, {"mention", json::array()}};
  for (json q : listed["quantities"]) {
    q.erase("file");
    by_kind[q["kind"].get<std::string>()].push_back(q);
  }
  ASSERT_FALSE(by_kind["target"].empty());
  ASSERT_FALSE(by_kind["achievement"].empty());
  EXPECT_EQ(by_kind["target"], analysed["targets"]);
  EXPECT_EQ(by_kind["achievement"], analysed["achievements"]);
  EXPECT_EQ(by_kind["mention"], analysed["mentions"]);
}

TEST(TargetsCommand, ReadsTheRulesOfTheDataDirectoryItIsGiven) {
  testing::ScratchDir scratch;
  std::string report = scratch.write("report.txt", testing::kReport);
  testing::Run shipped =
      run_cli({"targets", "-f", "jsonl", "--data-dir", ZZ_SOURCE_DATA_DIR, report});
  EXPECT_EQ(shipped.status, 0) << shipped.err;
  EXPECT_NE(shipped.out.find("\"hedge\":\"力争\""), std::string::npos) << shipped.out;
  // A data directory without rules/ is a data error (exit 1) naming the missing file (the region
  // table, read before the rules, is there).
  scratch.write("README.md", "a data directory without rules\n");
  scratch.write("regions.tsv", testing::read(ZZ_SOURCE_DATA_DIR "/regions.tsv"));
  testing::Run bare = run_cli({"targets", "--data-dir", scratch.path(""), "--no-lexicon",
                               "--no-default-stopwords", report});
  EXPECT_EQ(bare.status, 1);
  EXPECT_NE(bare.err.find("rules/hedges.tsv: cannot read a rule file"), std::string::npos)
      << bare.err;
}

}  // namespace
}  // namespace zz::cli
