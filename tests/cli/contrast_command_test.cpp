// Tests of `zzreport contrast`: two groups of the repository's reports, --new, bad input.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <string>

#include "cli_test_util.hpp"

namespace zz::cli {
namespace {

using testing::run_cli;

const std::string kReports = ZZ_SOURCE_DATA_DIR "/../tests/data/reports";

TEST(ContrastCommand, ListsEachSidesTermsWithTheirCounts) {
  testing::Run run =
      run_cli({"contrast", "-q", "-f", "csv", "-k", "10", kReports + "/tieling-2021.md", "--vs",
               kReports + "/hailaer-2013.txt", kReports + "/hailaer-2014.txt"});
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(run.out.substr(0, run.out.find('\n')),
            "side,term,z,count_a,count_b,per_10k_a,per_10k_b");
  EXPECT_NE(run.out.find("\na,"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("\nb,"), std::string::npos) << run.out;
  // Terms of the late 2010s that a 2013-2014 report does not use set 铁岭 2021 apart.
  EXPECT_NE(run.out.find("\na,乡村振兴,"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("\na,营商环境,"), std::string::npos) << run.out;
}

TEST(ContrastCommand, NewListsTermsOfANeverInB) {
  testing::Run run =
      run_cli({"contrast", "-q", "--new", "-f", "csv", "-k", "3", kReports + "/hailaer-2014.txt",
               "--vs", kReports + "/hailaer-2013.txt"});
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(run.out.substr(0, run.out.find('\n')), "term,count_a,per_10k_a");
  EXPECT_EQ(std::count(run.out.begin(), run.out.end(), '\n'), 4) << run.out;
}

TEST(ContrastCommand, ReadsGroupBFromAFileList) {
  std::string list = ::testing::TempDir() + "/contrast-group-b.txt";
  std::FILE* f = std::fopen(list.c_str(), "w");
  ASSERT_NE(f, nullptr);
  std::fputs((kReports + "/hailaer-2013.txt\n" + kReports + "/hailaer-2014.txt\n").c_str(), f);
  std::fclose(f);
  testing::Run listed = run_cli({"contrast", "-q", "-f", "csv", "-k", "10",
                                 kReports + "/tieling-2021.md", "--vs-files-from", list});
  testing::Run named =
      run_cli({"contrast", "-q", "-f", "csv", "-k", "10", kReports + "/tieling-2021.md", "--vs",
               kReports + "/hailaer-2013.txt", kReports + "/hailaer-2014.txt"});
  ASSERT_EQ(listed.status, 0) << listed.err;
  EXPECT_EQ(listed.out, named.out);
  std::remove(list.c_str());
}

TEST(ContrastCommand, BadInputIsOneLine) {
  testing::Run no_b = run_cli({"contrast", kReports + "/hailaer-2014.txt"});
  EXPECT_EQ(no_b.status, 2) << no_b.err;
  EXPECT_NE(no_b.err.find("no reports in group B"), std::string::npos) << no_b.err;
  testing::Run both_stdin = run_cli({"contrast", "--files-from", "-", "--vs-files-from", "-"});
  EXPECT_EQ(both_stdin.status, 2) << both_stdin.err;
  EXPECT_NE(both_stdin.err.find("cannot both read standard input"), std::string::npos)
      << both_stdin.err;
  testing::Run unreadable =
      run_cli({"contrast", "-q", kReports + "/hailaer-2014.txt", "--vs", kReports + "/none.txt"});
  EXPECT_EQ(unreadable.status, 1) << unreadable.err;
  EXPECT_NE(unreadable.err.find("no readable report in group B"), std::string::npos)
      << unreadable.err;
  EXPECT_TRUE(unreadable.out.empty());
  // A missing list is named by the option that gave it.
  testing::Run no_list = run_cli({"contrast", "-q", kReports + "/hailaer-2014.txt",
                                  "--vs-files-from", kReports + "/none.lst"});
  EXPECT_EQ(no_list.status, 2) << no_list.err;
  EXPECT_NE(no_list.err.find("cannot read the --vs-files-from list"), std::string::npos)
      << no_list.err;
}

TEST(ContrastCommand, AMissingOrMalformedPeriodTableIsOneLine) {
  testing::Run missing =
      run_cli({"contrast", "-q", kReports + "/tieling-2021.md", "--vs",
               kReports + "/hailaer-2013.txt", "--periods", kReports + "/none.tsv"});
  EXPECT_EQ(missing.status, 1) << missing.err;
  EXPECT_NE(missing.err.find("none.tsv: cannot read the period table"), std::string::npos)
      << missing.err;
  EXPECT_TRUE(missing.out.empty());
  std::string bad = ::testing::TempDir() + "/contrast-periods.tsv";
  std::FILE* f = std::fopen(bad.c_str(), "w");
  ASSERT_NE(f, nullptr);
  std::fputs("#period_years 2010-2014 2020-2024\n#period_documents 5 9\n乡村振兴\t0\n", f);
  std::fclose(f);
  testing::Run malformed = run_cli({"contrast", "-q", kReports + "/tieling-2021.md", "--vs",
                                    kReports + "/hailaer-2013.txt", "--periods", bad});
  EXPECT_EQ(malformed.status, 1) << malformed.err;
  EXPECT_NE(malformed.err.find("(line 3)"), std::string::npos) << malformed.err;
  EXPECT_EQ(std::count(malformed.err.begin(), malformed.err.end(), '\n'), 1) << malformed.err;
  std::remove(bad.c_str());
}

}  // namespace
}  // namespace zz::cli
