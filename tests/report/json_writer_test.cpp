// Tests of to_json(): the keys, the split of quantities by kind, nulls, spans and --only.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "sample_report.hpp"
#include "zzreport/report/writers.hpp"

namespace zz::report {
namespace {

using nlohmann::json;
using testing::SampleReport;

TEST(JsonWriter, WritesSchemaVersionAndDocumentFacts) {
  SampleReport r;
  json j = json::parse(to_json(r.input()));
  EXPECT_EQ(j["schema_version"], std::string(kSchemaVersion));
  EXPECT_EQ(j["document"]["path"], "reports/zhuzhou.txt");
  EXPECT_EQ(j["document"]["title"], "株洲市党代会报告");
  EXPECT_EQ(j["document"]["year"], 2021);
  EXPECT_EQ(j["document"]["level"], "city");
  EXPECT_TRUE(j["document"]["source"].is_null());
  EXPECT_EQ(j["document"]["characters"], 40);
  EXPECT_EQ(j["document"]["counts"]["sections"], 2);
  EXPECT_EQ(j["document"]["counts"]["sentences"], 5);
}

TEST(JsonWriter, KeysComeInAFixedOrder) {
  SampleReport r;
  json j = json::parse(to_json(r.input()));
  std::vector<std::string> keys;
  for (auto& [key, value] : j.items()) keys.push_back(key);
  // nlohmann::json sorts keys; the order written is checked on the raw text instead.
  std::string text = to_json(r.input());
  std::vector<std::string> order{"schema_version", "document", "outline", "keywords", "targets",
                                 "achievements",   "mentions", "slogans", "warnings", "options"};
  std::size_t last = 0;
  for (const std::string& key : order) {
    std::size_t at = text.find("\n  \"" + key + "\"");
    ASSERT_NE(at, std::string::npos) << key;
    EXPECT_GT(at, last) << key;
    last = at;
  }
  EXPECT_EQ(keys.size(), order.size());
}

TEST(JsonWriter, SplitsQuantitiesByKind) {
  SampleReport r;
  json j = json::parse(to_json(r.input()));
  ASSERT_EQ(j["targets"].size(), 2u);
  ASSERT_EQ(j["achievements"].size(), 1u);
  ASSERT_EQ(j["mentions"].size(), 1u);
  EXPECT_EQ(j["targets"][0]["kind"], "target");
  EXPECT_EQ(j["achievements"][0]["kind"], "achievement");
  EXPECT_EQ(j["mentions"][0]["kind"], "mention");
}

TEST(JsonWriter, WritesQuantityFieldsWithNullsForAbsentValues) {
  SampleReport r;
  json j = json::parse(to_json(r.input()));
  const json& gdp = j["targets"][0];
  EXPECT_EQ(gdp["indicator"], "地区生产总值");
  EXPECT_EQ(gdp["op"], "gt");
  EXPECT_EQ(gdp["value"], 5000.0);
  EXPECT_TRUE(gdp["min"].is_null());
  EXPECT_EQ(gdp["magnitude"], 5e11);
  EXPECT_EQ(gdp["hedge"], "力争");
  EXPECT_EQ(gdp["horizon_year"], 2026);
  EXPECT_EQ(gdp["section"], 1);
  EXPECT_EQ(gdp["section_title"], "主要目标");
  EXPECT_EQ(gdp["span"], json::array({13, 19}));
  EXPECT_EQ(gdp["quote_span"], json::array({7, 23}));
  const json& range = j["targets"][1];
  EXPECT_TRUE(range["value"].is_null());
  EXPECT_EQ(range["min"], 2.0);
  EXPECT_EQ(range["max"], 3.0);
  EXPECT_TRUE(range["horizon"].is_null());
  EXPECT_TRUE(j["achievements"][0]["hedge"].is_null());
  EXPECT_TRUE(j["mentions"][0]["unit"].is_null());
  EXPECT_TRUE(j["mentions"][0]["section"].is_null());
  EXPECT_TRUE(j["mentions"][0]["section_title"].is_null());
}

TEST(JsonWriter, WritesOutlineKeywordsSlogansWarnings) {
  SampleReport r;
  json j = json::parse(to_json(r.input()));
  EXPECT_EQ(j["outline"][1]["index"], 1);
  EXPECT_EQ(j["outline"][1]["marker"], "（一）");
  EXPECT_EQ(j["outline"][1]["parent"], 0);
  EXPECT_TRUE(j["outline"][0]["parent"].is_null());
  EXPECT_EQ(j["outline"][0]["lead"], false);
  EXPECT_EQ(j["keywords"][0]["term"], "株洲");
  EXPECT_EQ(j["keywords"][0]["score"], 0.5123);  // rounded to 4 decimals
  EXPECT_EQ(j["keywords"][1]["phrase"], true);
  EXPECT_EQ(j["keywords"][0]["sections"], json::array({10, 2}));
  EXPECT_EQ(j["slogans"][0]["spans"].size(), 2u);
  EXPECT_EQ(j["slogans"][0]["type"], "numbered");
  EXPECT_EQ(j["slogans"][0]["numeric"], true);
  EXPECT_EQ(j["slogans"][1]["type"], "name");  // the JSON keeps every kind
  EXPECT_EQ(j["slogans"][1]["numeric"], false);
  EXPECT_EQ(j["warnings"][0]["kind"], "page_marker");
  EXPECT_EQ(j["options"]["format"], "json");
}

TEST(JsonWriter, OmitsPartsNotSelected) {
  SampleReport r;
  json j = json::parse(to_json(r.input(parse_selection("targets"))));
  EXPECT_TRUE(j.contains("targets"));
  EXPECT_TRUE(j.contains("document"));
  for (const char* key :
       {"outline", "keywords", "achievements", "mentions", "slogans", "warnings"}) {
    EXPECT_FALSE(j.contains(key)) << key;
  }
}

TEST(JsonWriter, CompactFormIsOneLine) {
  SampleReport r;
  std::string line = to_json(r.input(), false);
  EXPECT_EQ(line.find('\n'), line.size() - 1);
  EXPECT_EQ(json::parse(line), json::parse(to_json(r.input())));
}

TEST(JsonWriter, AJsonLinesRecordsIdComesFirst) {
  SampleReport r;
  ReportInput input = r.input();
  std::string file = to_json(input, false);
  input.record_id = R"({"n":7})";
  EXPECT_EQ(to_json(input, false), R"({"id":{"n":7},)" + file.substr(1));
  std::string pretty = to_json(r.input(), true);
  EXPECT_EQ(to_json(input, true), "{\n  \"id\": {\"n\":7}," + pretty.substr(1));
}

TEST(JsonWriter, EmptyAnalysisGivesEmptyArrays) {
  SampleReport r;
  r.analysis = {};
  json j = json::parse(to_json(r.input()));
  EXPECT_TRUE(j["targets"].is_array() && j["targets"].empty());
  EXPECT_TRUE(j["keywords"].is_array() && j["keywords"].empty());
}

}  // namespace
}  // namespace zz::report
