// Tests of `zzreport panel` and `zzreport track`: rows of a small report, and the bad inputs of
// issue #15 (one line naming what and where, exit 2 or 1, nothing written).
#include <gtest/gtest.h>

#include <algorithm>

#include "cli_test_util.hpp"

namespace zz::cli {
namespace {

using testing::contains;
using testing::read;
using testing::run_cli;
using testing::ScratchDir;

std::size_t lines(const std::string& text) {
  return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

constexpr const char* kHebei2019 =
    "政府工作报告\n"
    "——2019年1月15日在河北省第十三届人民代表大会第二次会议上\n"
    "一、2018年工作回顾\n"
    "过去一年，全省生产总值增长6.6%，城镇新增就业90.5万人。\n"
    "二、2019年主要预期目标\n"
    "全省生产总值增长6.5%左右，城镇登记失业率控制在4.5%以内。\n";

constexpr const char* kHebei2020 =
    "政府工作报告\n"
    "——2020年1月7日在河北省第十三届人民代表大会第三次会议上\n"
    "一、2019年工作回顾\n"
    "过去一年，全省生产总值增长6.8%。\n"
    "二、2020年主要预期目标\n"
    "全省生产总值增长6.5%左右。\n";

TEST(PanelCommand, OneRowPerKeyWithTheIssuesHeader) {
  ScratchDir dir;
  auto r = run_cli({"panel", "-q", dir.write("hebei-2019.txt", kHebei2019)});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out.substr(0, r.out.find('\n') + 1),
            "file,region,level,year,indicator,kind,period,op,value,min,max,unit,hedge,quote,start,"
            "end\r\n");
  EXPECT_TRUE(contains(r.out, ",河北省,provincial,2019,gdp_growth,target,2019,approx,6.5,,,%,,"))
      << r.out;
  EXPECT_TRUE(contains(r.out, ",gdp_growth,outcome,2018,eq,6.6,,,%,,")) << r.out;
  EXPECT_TRUE(contains(r.out, ",registered_unemployment_rate,target,2019,le,4.5,,,%,,")) << r.out;
  EXPECT_TRUE(contains(r.out, ",urban_new_jobs,outcome,2018,eq,90.5,,,万人,,")) << r.out;
  auto only =
      run_cli({"panel", "-q", "--indicators", "urban_new_jobs", dir.path("hebei-2019.txt")});
  EXPECT_EQ(lines(only.out), 2U) << only.out;
}

TEST(PanelCommand, TrackJoinsTheTargetWithTheNextYearsOutcome) {
  ScratchDir dir;
  dir.write("hebei-2019.txt", kHebei2019);
  dir.write("hebei-2020.txt", kHebei2020);
  auto r = run_cli({"track", "-q", "--indicators", "gdp_growth", dir.path("")});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_TRUE(contains(r.out,
                       "region,indicator,period,target_op,target_value,target_min,target_max,"
                       "target_file,outcome_value,outcome_file,met,gap\r\n"));
  EXPECT_TRUE(contains(r.out, "河北省,gdp_growth,2019,approx,6.5,,," + dir.path("hebei-2019.txt") +
                                  ",6.8," + dir.path("hebei-2020.txt") + ",yes,0.3\r\n"))
      << r.out;
  // 2018 has an outcome and no target in these files, 2020 a target and no outcome: unknown.
  EXPECT_TRUE(contains(r.out, "河北省,gdp_growth,2018,,,,,,6.6,")) << r.out;
  EXPECT_TRUE(contains(r.out, ",unknown,\r\n")) << r.out;
}

TEST(PanelCommand, TrackDrawsAChartPerIndicatorAndRegionInHtml) {
  ScratchDir dir;
  dir.write("hebei-2019.txt", kHebei2019);
  dir.write("hebei-2020.txt", kHebei2020);
  auto r = run_cli({"track", "-q", "-f", "html", "--indicators", "gdp_growth", dir.path("")});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out.rfind("<!DOCTYPE html>\n<html lang=\"zh-CN\">", 0), 0U);
  EXPECT_TRUE(contains(r.out, "<section id=\"gdp_growth\">")) << r.out;
  EXPECT_TRUE(contains(r.out, "<figcaption>河北省</figcaption><svg ")) << r.out;
  // The target line and the outcome line; 2019's outcome (6.8 against 6.5左右) is marked met.
  EXPECT_TRUE(contains(r.out, "<path class=\"line target\"")) << r.out;
  EXPECT_TRUE(contains(r.out, "<path class=\"line outcome\"")) << r.out;
  EXPECT_TRUE(contains(r.out, "class=\"outcome met\"")) << r.out;
  EXPECT_TRUE(contains(r.out, "<td>2019</td><td>≈ 6.5</td><td class=\"num\">6.8</td><td>是</td>"))
      << r.out;
}

TEST(PanelCommand, AnUnknownIndicatorIdIsAUsageErrorOnOneLine) {
  ScratchDir dir;
  std::string out = dir.path("out.csv");
  for (const char* command : {"panel", "track"}) {
    auto r = run_cli({command, "-q", "--indicators", "gdp_growth,gdp_grwth", "-o", out,
                      dir.write("r.txt", kHebei2019)});
    EXPECT_EQ(r.status, 2) << command;
    EXPECT_TRUE(contains(r.err, "unknown indicator id 'gdp_grwth'")) << r.err;
    EXPECT_EQ(lines(r.err), 1U) << r.err;
    EXPECT_FALSE(std::filesystem::exists(out)) << "nothing half-written";
  }
}

TEST(PanelCommand, AMalformedIndicatorFileLineNamesFileAndLine) {
  ScratchDir dir;
  std::string mine = dir.write("mine.tsv", "# mine\nsteel\tlevel\t万吨\n");
  std::string out = dir.path("out.csv");
  for (const char* command : {"panel", "track"}) {
    auto r = run_cli(
        {command, "-q", "--indicator-file", mine, "-o", out, dir.write("r.txt", kHebei2019)});
    EXPECT_EQ(r.status, 1) << command;
    EXPECT_TRUE(contains(r.err, "mine.tsv")) << r.err;
    EXPECT_TRUE(contains(r.err, "(line 2)")) << r.err;
    EXPECT_EQ(lines(r.err), 1U) << r.err;
    EXPECT_FALSE(std::filesystem::exists(out)) << command;
  }
  auto a = run_cli({"analyze", "--indicators", mine, dir.path("r.txt")});
  EXPECT_EQ(a.status, 1);
  EXPECT_TRUE(contains(a.err, "(line 2)")) << a.err;
}

TEST(PanelCommand, BadInputsAreOneLineAndWriteNothing) {
  ScratchDir dir;
  std::string out = dir.path("out.csv");
  std::filesystem::create_directories(dir.path("empty"));
  std::string report = dir.write("r.txt", kHebei2019);
  std::string records = dir.write("records.jsonl", "{\"id\":1,\"text\":\"\"}\n{\"id\":2}\n");
  for (const char* command : {"panel", "track"}) {
    auto empty = run_cli({command, "-q", "-o", out, dir.path("empty")});
    EXPECT_EQ(empty.status, 1) << command;
    EXPECT_TRUE(contains(empty.err, "no files found")) << empty.err;
    EXPECT_EQ(lines(empty.err), 1U) << empty.err;
    EXPECT_FALSE(std::filesystem::exists(out)) << command;
    auto meta = run_cli({command, "-q", "--meta", "year=abc", "-o", out, report});
    EXPECT_EQ(meta.status, 2) << command;
    EXPECT_TRUE(contains(meta.err, "zzreport: error: --meta: year=abc: ")) << meta.err;
    EXPECT_EQ(meta.err.find("error", meta.err.find('\n')), std::string::npos)
        << "one error line (then the usage hint of every usage error)";
    EXPECT_FALSE(std::filesystem::exists(out)) << command;
    auto jsonl = run_cli({command, "-q", "--input", "jsonl", "-o", out, records});
    EXPECT_EQ(jsonl.status, 1) << command;
    EXPECT_TRUE(contains(jsonl.err, "records.jsonl")) << jsonl.err;
    EXPECT_TRUE(contains(jsonl.err, "has no string field \"text\" (line 2)")) << jsonl.err;
    EXPECT_FALSE(std::filesystem::exists(out)) << command << ": every record failed, no output";
  }
}

}  // namespace
}  // namespace zz::cli
