// Tests of `zzreport kwic`: rows whose spans quote the original, formats, bad input.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "cli_test_util.hpp"
#include "zzreport/text/utf8.hpp"

namespace zz::cli {
namespace {

using nlohmann::json;
using testing::run_cli;

const std::string kSeed = ZZ_SOURCE_DATA_DIR "/samples/zhuzhou-2021-party-congress.txt";

TEST(KwicCommand, JsonLinesRowsQuoteTheOriginalAtTheirSpans) {
  testing::Run run = run_cli({"kwic", "-q", "-f", "jsonl", "-w", "5", "三高四新", kSeed});
  ASSERT_EQ(run.status, 0) << run.err;
  std::u32string original;
  {
    std::string bytes = testing::read(kSeed);
    for (std::size_t i = 0; i < bytes.size();) original += text::utf8::next_code_point(bytes, i);
  }
  std::istringstream lines(run.out);
  std::string line;
  int rows = 0;
  while (std::getline(lines, line)) {
    json row = json::parse(line);
    ++rows;
    EXPECT_EQ(row["term"], "三高四新");
    EXPECT_EQ(row["region"], "株洲市");
    auto begin = row["start"].get<std::size_t>();
    auto end = row["end"].get<std::size_t>();
    EXPECT_EQ(original.substr(begin, end - begin), U"三高四新") << line;
    EXPECT_LE(text::utf8::count_code_points(row["left"].get<std::string>()), 5u);
  }
  EXPECT_GE(rows, 5);
}

TEST(KwicCommand, CsvHasTheHeaderEvenWithoutOccurrencesAndBadInputIsOneLine) {
  testing::Run none = run_cli({"kwic", "-q", "-f", "csv", "没有这个词", kSeed});
  ASSERT_EQ(none.status, 0) << none.err;
  EXPECT_EQ(none.out, "file,region,year,start,end,left,term,right\n");
  testing::Run empty = run_cli({"kwic", "", kSeed});
  EXPECT_EQ(empty.status, 2);
  EXPECT_NE(empty.err.find("an empty term"), std::string::npos) << empty.err;
  EXPECT_TRUE(empty.out.empty());
  testing::Run width = run_cli({"kwic", "-w", "0", "改革", kSeed});
  EXPECT_EQ(width.status, 2) << width.err;
}

}  // namespace
}  // namespace zz::cli
