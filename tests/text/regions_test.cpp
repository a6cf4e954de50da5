// Tests of RegionTable: the data/regions.tsv format, its checks, lookups, and the shipped table.
#include "zzreport/text/regions.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "shared_data.hpp"
#include "zzreport/text/data_file.hpp"
#include "zzreport/text/error.hpp"

namespace zz::text {
namespace {

RegionTable parse(std::string content) {
  return RegionTable::parse(DataFile(std::move(content), "regions.tsv"));
}

const RegionTable& shipped() {
  static const RegionTable table = RegionTable::read(ZZ_SOURCE_DATA_DIR "/regions.tsv");
  return table;
}

/// The message of the Error(data) that parsing `content` throws; fails the test when none is
/// thrown.
std::string error_of(std::string content) {
  try {
    parse(std::move(content));
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::data);
    return e.message();
  }
  ADD_FAILURE() << "expected zz::Error";
  return {};
}

constexpr const char* kSmall =
    "# name\tlevel\tprovince\taliases\n"
    "全国\tnational\t-\t国务院\n"
    "河北省\tprovincial\t-\t河北\n"
    "吉林省\tprovincial\t-\t吉林\n"
    "吉林市\tcity\t吉林省\t-\n"
    "黔东南苗族侗族自治州\tcity\t河北省\t黔东南州,黔东南\n";

TEST(RegionTable, FindsByFullNameAndAlias) {
  RegionTable t = parse(kSmall);
  ASSERT_NE(t.find("河北"), nullptr);
  EXPECT_EQ(t.find("河北")->name, "河北省");
  EXPECT_EQ(t.find("河北省")->level, RegionLevel::provincial);
  EXPECT_EQ(t.find("国务院")->name, "全国");
  EXPECT_EQ(t.find("黔东南")->name, "黔东南苗族侗族自治州");
  EXPECT_EQ(t.find("吉林市")->province, "吉林省");
  EXPECT_EQ(t.find("吉林市")->level, RegionLevel::city);
  EXPECT_EQ(t.find("吉林")->name, "吉林省");
  EXPECT_EQ(t.find("黔东南州")->aliases.size(), 2u);
  EXPECT_EQ(t.find("石家庄"), nullptr);
}

TEST(RegionTable, LongestPrefixAndSuffix) {
  RegionTable t = parse(kSmall);
  auto [s, n] = t.longest_suffix("在河北省");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->name, "河北省");
  EXPECT_EQ(n, std::string("河北省").size());
  auto [p, m] = t.longest_prefix("黔东南州人民政府");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(m, std::string("黔东南州").size());
  EXPECT_EQ(t.longest_suffix("人民政府").first, nullptr);
  EXPECT_EQ(t.longest_prefix("").first, nullptr);
}

TEST(RegionTable, WordFormsAreTheNamesWithoutTheirDivisionSuffix) {
  RegionTable t = parse(std::string(kSmall) +
                        "徐州市\tcity\t河北省\t徐州\n兴安盟\tcity\t河北省\t兴安\n"
                        "新疆维吾尔自治区\tprovincial\t-\t新疆\n西藏自治区\tprovincial\t-\t西藏\n"
                        "海西蒙古族藏族自治州\tcity\t河北省\t-\n");
  // 吉林市 and 吉林 give one form; 徐州's stem would be one character; an autonomous prefecture's
  // full name gives its peoples after the alias it begins with (苗族, 侗族; 维吾尔, without 族),
  // its aliases the place (黔东南州 and 黔东南); 西藏自治区 has no peoples in its name, and
  // 海西蒙古族藏族自治州 no alias to tell the place from them.
  std::vector<std::string> want = {"全国",   "兴安", "吉林", "国务院", "徐州",   "河北",
                                   "黔东南", "苗族", "侗族", "新疆",   "维吾尔", "西藏"};
  std::sort(want.begin(), want.end());
  EXPECT_EQ(t.word_forms(), want);
}

TEST(RegionTable, RefusesMalformedLines) {
  EXPECT_NE(error_of("河北省\tprovince\t-\t河北\n").find("level must be"), std::string::npos);
  EXPECT_NE(error_of("河北省\tprovincial\t-\n").find("line 1"), std::string::npos);
  EXPECT_NE(
      error_of("河北省\tprovincial\t-\t河北\n石家庄市\tcity\t河北\t-\n").find("province '河北'"),
      std::string::npos);
  EXPECT_NE(error_of("河北省\tprovincial\t-\t河北,\n").find("empty"), std::string::npos);
}

TEST(RegionTable, RefusesANameThatDenotesTwoRegions) {
  std::string message = error_of("吉林省\tprovincial\t-\t吉林\n吉林市\tcity\t吉林省\t吉林\n");
  EXPECT_NE(message.find("'吉林' names two regions"), std::string::npos) << message;
  EXPECT_NE(message.find("line 2"), std::string::npos) << message;
}

TEST(RegionLevel, NamesRoundTrip) {
  for (RegionLevel level :
       {RegionLevel::national, RegionLevel::provincial, RegionLevel::city, RegionLevel::county}) {
    EXPECT_EQ(parse_region_level(to_string(level)), level);
  }
  EXPECT_FALSE(parse_region_level("district"));
}

TEST(ShippedRegions, ParsesWithEveryProvinceAndPrefecture) {
  const RegionTable& t = shipped();  // parsing checks the format and that no name is used twice
  std::size_t provinces = 0, cities = 0;
  for (const Region& r : t.regions()) {
    provinces += r.level == RegionLevel::provincial;
    cities += r.level == RegionLevel::city;
  }
  EXPECT_EQ(provinces, 31u);  // 22 provinces, 5 autonomous regions, 4 municipalities
  EXPECT_GE(cities, 333u);    // 293 cities, 30 prefectures, 7 地区, 3 leagues (and a former one)
  EXPECT_EQ(t.find("北京市")->level, RegionLevel::provincial);
  EXPECT_EQ(t.find("新疆")->name, "新疆维吾尔自治区");
  EXPECT_EQ(t.find("襄樊市")->name, "襄阳市");
}

TEST(ShippedRegions, NamesEveryRegionFolderOfTheCorpus) {
  const std::filesystem::path corpus = zz::testing::shared_path("corpus/gov-reports");
  ZZ_REQUIRE_SHARED_DATA(corpus);
  std::size_t folders = 0;
  for (const auto& group : std::filesystem::directory_iterator(corpus)) {
    if (!group.is_directory() || group.path().filename().string().ends_with("国务院")) continue;
    for (const auto& region : std::filesystem::directory_iterator(group.path())) {
      if (!region.is_directory()) continue;
      ++folders;
      std::string name = region.path().filename().string();
      const Region* found = shipped().find(name);
      EXPECT_TRUE(found != nullptr && found->name == name)
          << name << " is not a full name in data/regions.tsv";
    }
  }
  EXPECT_GE(folders, 290u);
}

}  // namespace
}  // namespace zz::text
