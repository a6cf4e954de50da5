// Tests of at_least(): counts on the command line, and the message a bad one gets.
#include "checks.hpp"

#include <gtest/gtest.h>

#include <string>

#include "cli_test_util.hpp"

namespace zz::cli {
namespace {

std::string check(const CLI::Validator& validator, std::string value) { return validator(value); }

TEST(AtLeast, AcceptsWholeNumbersFromTheBoundUp) {
  CLI::Validator positive = at_least(1);
  EXPECT_EQ(check(positive, "1"), "");
  EXPECT_EQ(check(positive, "250"), "");
}

TEST(AtLeast, RejectsSmallerNegativeFractionalAndNonNumbers) {
  CLI::Validator positive = at_least(1);
  for (const char* bad : {"0", "-3", "2.5", "abc", "", "7x"}) {
    EXPECT_EQ(check(positive, bad),
              std::string("must be a whole number of at least 1, not '") + bad + "'");
  }
}

TEST(AtLeast, ABadTopIsAUsageErrorThatSaysWhatIsAllowed) {
  auto r = testing::run_cli({"keywords", "-k", "0", "report.txt"});
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("--top: must be a whole number of at least 1, not '0'"), std::string::npos)
      << r.err;
  EXPECT_EQ(r.err.find("1797693"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace zz::cli
