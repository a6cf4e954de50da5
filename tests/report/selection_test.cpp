// Tests of parse_selection() and analyzer_options().
#include "zzreport/report/selection.hpp"

#include <gtest/gtest.h>

#include "zzreport/text/error.hpp"

namespace zz::report {
namespace {

TEST(Selection, EmptyListSelectsEverything) {
  Selection s = parse_selection("");
  EXPECT_TRUE(s.outline && s.keywords && s.targets && s.achievements && s.mentions && s.slogans &&
              s.warnings);
  EXPECT_EQ(to_string(s), "all");
}

TEST(Selection, ListSelectsOnlyTheNamedParts) {
  Selection s = parse_selection("keywords, targets");
  EXPECT_TRUE(s.keywords);
  EXPECT_TRUE(s.targets);
  EXPECT_FALSE(s.achievements || s.mentions || s.outline || s.slogans || s.warnings);
  EXPECT_EQ(to_string(s), "keywords,targets");
}

TEST(Selection, QuantitiesMeansAllThreeKinds) {
  Selection s = parse_selection("quantities");
  EXPECT_TRUE(s.targets && s.achievements && s.mentions);
  EXPECT_FALSE(s.keywords);
}

TEST(Selection, DocumentIsAcceptedAndAlwaysWritten) {
  Selection s = parse_selection("document");
  EXPECT_FALSE(s.keywords || s.quantities() || s.outline);
}

TEST(Selection, UnknownPartIsAUsageError) {
  try {
    parse_selection("keywords,tragets");
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::usage);
    EXPECT_NE(std::string(e.what()).find("'tragets'"), std::string::npos);
  }
}

TEST(Selection, AnalyzerComputesOnlyWhatIsSelected) {
  extract::AnalyzerOptions base;
  base.top_keywords = 7;
  extract::AnalyzerOptions o = analyzer_options(parse_selection("targets"), base);
  EXPECT_FALSE(o.keywords);
  EXPECT_TRUE(o.quantities);
  EXPECT_FALSE(o.slogans);
  EXPECT_EQ(o.top_keywords, 7u);
  o = analyzer_options(parse_selection("outline,warnings"));
  EXPECT_FALSE(o.keywords || o.quantities || o.slogans);
}

}  // namespace
}  // namespace zz::report
