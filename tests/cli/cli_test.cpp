// Tests of run(): help, version and the exit codes of the command line as a whole.
#include "cli.hpp"

#include <gtest/gtest.h>

#include "cli_test_util.hpp"

namespace zz::cli {
namespace {

using testing::run_cli;

TEST(Cli, VersionPrintsOneLine) {
  auto r = run_cli({"--version"});
  EXPECT_EQ(r.status, 0);
  EXPECT_TRUE(r.out.starts_with("zzreport ")) << r.out;
}

TEST(Cli, VersionHashesTheGeneratedDataFiles) {
  auto r = run_cli({"--version"});
  for (const char* file : {"lexicon.bin", "idf.tsv", "periods.tsv", "indicators.tsv"}) {
    std::size_t at = r.out.find(std::string("  ") + file + " ");
    ASSERT_NE(at, std::string::npos) << file << "\n" << r.out;
    EXPECT_EQ(r.out.find("missing", at), std::string::npos) << file << "\n" << r.out;
  }
}

TEST(Cli, HelpListsCommands) {
  auto r = run_cli({"--help"});
  EXPECT_EQ(r.status, 0);
  EXPECT_NE(r.out.find("analyze"), std::string::npos);
  EXPECT_EQ(run_cli({"help"}).out, r.out);
}

TEST(Cli, HelpCommandEqualsCommandHelpWithExamples) {
  auto help = run_cli({"help", "analyze"});
  EXPECT_EQ(help.status, 0);
  EXPECT_NE(help.out.find("Usage: zzreport analyze"), std::string::npos) << help.out;
  EXPECT_NE(help.out.find("Examples:"), std::string::npos);
  auto flag = run_cli({"analyze", "--help"});
  EXPECT_EQ(flag.status, 0);
  EXPECT_NE(flag.out.find("Examples:"), std::string::npos);
}

TEST(Cli, HelpForUnknownCommandIsAUsageError) {
  auto r = run_cli({"help", "nonsense"});
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("'nonsense'"), std::string::npos);
}

TEST(Cli, UnknownCommandIsAUsageError) { EXPECT_EQ(run_cli({"frobnicate"}).status, 2); }

}  // namespace
}  // namespace zz::cli
