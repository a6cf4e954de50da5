// Tests of `zzreport idf build`: the IDF table and the period table of a corpus, and bad input.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "cli_test_util.hpp"

namespace zz::cli {
namespace {

using testing::run_cli;

const std::string kReports = ZZ_SOURCE_DATA_DIR "/../tests/data/reports";

std::string read(const std::string& path) {
  std::ifstream in(path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::size_t rows(const std::string& table) {
  std::size_t n = 0;
  std::istringstream lines(table);
  for (std::string line; std::getline(lines, line);) n += !line.empty() && line[0] != '#';
  return n;
}

TEST(IdfCommand, WritesTheIdfTableAndThePeriodTableWithTheSameRows) {
  std::string idf = ::testing::TempDir() + "/idf-built.tsv";
  std::string periods = ::testing::TempDir() + "/periods-built.tsv";
  testing::Run run = run_cli({"idf", "build", kReports, "-o", idf, "--periods", periods});
  ASSERT_EQ(run.status, 0) << run.err;
  std::string idf_text = read(idf);
  std::string period_text = read(periods);
  EXPECT_NE(idf_text.find("#documents 3\n"), std::string::npos) << idf_text.substr(0, 400);
  // 2013 and 2014 fall in one five-year span, 2021 in another; a span of fewer than 20 reports
  // joins the next, so the three make one period.
  EXPECT_NE(period_text.find("\n#period_years 2010-2024\n#period_documents 3\n"), std::string::npos)
      << period_text.substr(0, 600);
  EXPECT_EQ(rows(idf_text), rows(period_text));
  EXPECT_GT(rows(idf_text), 100u);
  std::filesystem::remove(idf);
  std::filesystem::remove(periods);
}

TEST(IdfCommand, BadInputIsOneLineAndWritesNothing) {
  testing::Run to_stdout = run_cli({"idf", "build", kReports, "--periods", "-"});
  EXPECT_EQ(to_stdout.status, 2) << to_stdout.err;
  EXPECT_NE(to_stdout.err.find("--periods needs a file name"), std::string::npos) << to_stdout.err;
  EXPECT_TRUE(to_stdout.out.empty());

  std::string dir = ::testing::TempDir() + "/idf-no-years";
  std::filesystem::create_directories(dir);
  std::ofstream(dir + "/report.txt") << "发展经济，改善民生。\n";
  std::string idf = ::testing::TempDir() + "/idf-no-years.tsv";
  std::string periods = ::testing::TempDir() + "/periods-no-years.tsv";
  testing::Run no_years = run_cli({"idf", "build", dir, "-o", idf, "--periods", periods});
  EXPECT_EQ(no_years.status, 1) << no_years.err;
  EXPECT_NE(no_years.err.find("no document of the corpus has a year"), std::string::npos)
      << no_years.err;
  EXPECT_EQ(std::count(no_years.err.begin(), no_years.err.end(), '\n'), 1) << no_years.err;
  EXPECT_FALSE(std::filesystem::exists(idf));
  EXPECT_FALSE(std::filesystem::exists(periods));
  // Without --periods, a corpus without years still gives its IDF table.
  testing::Run idf_only = run_cli({"idf", "build", dir, "-o", idf});
  EXPECT_EQ(idf_only.status, 0) << idf_only.err;
  EXPECT_TRUE(std::filesystem::exists(idf));
  std::filesystem::remove_all(dir);
  std::filesystem::remove(idf);
}

}  // namespace
}  // namespace zz::cli
