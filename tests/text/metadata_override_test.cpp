// Tests of MetadataOverride: --meta parsing and validation, and what applying it changes.
#include "zzreport/text/metadata_override.hpp"

#include <gtest/gtest.h>

#include "zzreport/text/data_file.hpp"
#include "zzreport/text/error.hpp"
#include "zzreport/text/regions.hpp"

namespace zz::text {
namespace {

/// The message of the Error(usage) that parsing `spec` throws; fails the test when none is thrown.
std::string error_of(std::string_view spec) {
  try {
    MetadataOverride::parse(spec);
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::usage);
    return e.what();
  }
  ADD_FAILURE() << "expected zz::Error for " << spec;
  return {};
}

TEST(MetadataOverride, ParsesKeysAndValues) {
  MetadataOverride m = MetadataOverride::parse("region=河北省, year=2019,level=provincial");
  EXPECT_EQ(m.region, "河北省");
  EXPECT_EQ(m.year, 2019);
  EXPECT_EQ(m.level, "provincial");
  EXPECT_TRUE(MetadataOverride::parse("year=1949").year);
  EXPECT_FALSE(MetadataOverride().year);
  EXPECT_TRUE(MetadataOverride().empty());
}

TEST(MetadataOverride, RefusesBadValuesNamingThem) {
  EXPECT_EQ(error_of("year=abc"), "year=abc: the year must be a number from 1949 to 2100");
  EXPECT_EQ(error_of("year=1948"), "year=1948: the year must be a number from 1949 to 2100");
  EXPECT_EQ(error_of("year=2019x"), "year=2019x: the year must be a number from 1949 to 2100");
  EXPECT_EQ(error_of("level=district"),
            "level=district: the level must be national, provincial, city or county");
  EXPECT_EQ(error_of("region="), "region=: the region must not be empty");
  EXPECT_EQ(error_of("province=河北"),
            "province=河北: unknown key 'province' (expected region, level or year)");
  EXPECT_EQ(error_of("河北省"), "'河北省': expected key=value (region, level, year)");
}

TEST(MetadataOverride, ReplacesWhatTheTextSaid) {
  RegionTable regions =
      RegionTable::parse(DataFile("河北省\tprovincial\t-\t河北\n", "regions.tsv"));
  Document doc;
  doc.region = "山东省";
  doc.level = "provincial";
  doc.year = 1995;
  apply_override(doc, MetadataOverride::parse("region=河北,year=2001"), &regions);
  EXPECT_EQ(doc.region, "河北省");  // the full name of a known alias
  EXPECT_EQ(doc.level, "provincial");
  EXPECT_EQ(doc.year, 2001);
  apply_override(doc, MetadataOverride::parse("region=义乌市,level=county"), &regions);
  EXPECT_EQ(doc.region, "义乌市");
  EXPECT_EQ(doc.level, "county");
  EXPECT_EQ(doc.year, 2001);
}

}  // namespace
}  // namespace zz::text
