// Tests of `zzreport keywords`: the batch inputs it shares with analyze, formats and error records.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "cli_test_util.hpp"

namespace zz::cli {
namespace {

using testing::kReport;
using testing::run_cli;
using testing::ScratchDir;

std::vector<nlohmann::json> json_lines(const std::string& text) {
  std::vector<nlohmann::json> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(nlohmann::json::parse(line));
  return out;
}

TEST(KeywordsCommand, ReadsADirectoryWithAGlobInPathOrder) {
  ScratchDir dir;
  dir.write("b.txt", kReport);
  dir.write("a.txt", kReport);
  dir.write("notes.md", "不是报告");
  auto r = run_cli({"keywords", "-q", "-f", "jsonl", "-k", "3", "--glob", "*.txt", dir.path("")});
  ASSERT_EQ(r.status, 0) << r.err;
  std::vector<nlohmann::json> lines = json_lines(r.out);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0]["path"], dir.path("a.txt"));
  EXPECT_EQ(lines[1]["path"], dir.path("b.txt"));
  EXPECT_EQ(lines[0]["keywords"].size(), 3u);
  EXPECT_EQ(lines[0]["keywords"], lines[1]["keywords"]);
}

TEST(KeywordsCommand, AMissingFileIsAnErrorRecordAndTheOthersGoOn) {
  ScratchDir dir;
  std::string good = dir.write("good.txt", kReport);
  auto r = run_cli({"keywords", "-q", "-f", "jsonl", dir.path("missing.txt"), good});
  EXPECT_EQ(r.status, 1);
  std::vector<nlohmann::json> lines = json_lines(r.out);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0]["error"]["kind"], "input");
  EXPECT_EQ(lines[1]["path"], good);
  EXPECT_NE(r.err.find("missing.txt"), std::string::npos) << r.err;
}

TEST(KeywordsCommand, CsvHasOneHeaderForAllReports) {
  ScratchDir dir;
  auto r = run_cli({"keywords", "-q", "-f", "csv", "-k", "2", dir.write("a.txt", kReport),
                    dir.write("b.txt", kReport)});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out.rfind("file,rank,term,", 0), 0u) << r.out;
  EXPECT_EQ(r.out.find("file,rank,term,", 1), std::string::npos) << r.out;
}

}  // namespace
}  // namespace zz::cli
