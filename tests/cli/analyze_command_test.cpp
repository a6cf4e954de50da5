// Tests of `zzreport analyze`: error paths, exit codes, formats and atomic output.
#include <gtest/gtest.h>

#include "cli_test_util.hpp"

namespace zz::cli {
namespace {

using testing::contains;
using testing::kReport;
using testing::read;
using testing::run_cli;
using testing::ScratchDir;

TEST(AnalyzeCommand, MissingFileIsAnInputErrorNamingTheFile) {
  ScratchDir dir;
  auto r = run_cli({"analyze", dir.path("missing.txt")});
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.err, "zzreport: error: " + dir.path("missing.txt") + ": No such file or directory\n");
  EXPECT_EQ(r.out, "");
}

TEST(AnalyzeCommand, DirectoryWithoutReportsIsAnInputError) {
  ScratchDir dir;
  auto r = run_cli({"analyze", dir.path("")});
  EXPECT_EQ(r.status, 1);
  EXPECT_TRUE(contains(r.err, "no files found")) << r.err;
  EXPECT_EQ(r.out, "");
}

TEST(AnalyzeCommand, EmptyFileIsAnInputErrorNotAnEmptyReport) {
  ScratchDir dir;
  auto r = run_cli({"analyze", dir.write("empty.txt", "")});
  EXPECT_EQ(r.status, 1);
  EXPECT_TRUE(contains(r.err, "empty.txt: ")) << r.err;
  EXPECT_EQ(r.out, "");
}

TEST(AnalyzeCommand, BinaryFileIsAnInputError) {
  ScratchDir dir;
  auto r = run_cli(
      {"analyze", dir.write("image.png", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16))});
  EXPECT_EQ(r.status, 1);
  EXPECT_TRUE(contains(r.err, "image.png: ")) << r.err;
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << "one line";
}

TEST(AnalyzeCommand, BadOptionsAreUsageErrors) {
  ScratchDir dir;
  std::string report = dir.write("r.txt", kReport);
  EXPECT_EQ(run_cli({"analyze", "--bogus", report}).status, 2);
  EXPECT_EQ(run_cli({"analyze", "--format", "xml", report}).status, 2);
  EXPECT_EQ(run_cli({"analyze", "--color", "sometimes", report}).status, 2);
  EXPECT_EQ(run_cli({"analyze"}).status, 2);
  EXPECT_EQ(run_cli({}).status, 2);
  auto r = run_cli({"analyze", "--only", "targets,tragets", report});
  EXPECT_EQ(r.status, 2);
  EXPECT_TRUE(contains(r.err, "'tragets'")) << r.err;
}

TEST(AnalyzeCommand, UnwritableOutputFailsBeforeAnyInputIsRead) {
  ScratchDir dir;
  std::string output = dir.path("no-such-dir/out.json");
  auto r = run_cli({"analyze", "-o", output, dir.path("missing.txt")});
  EXPECT_EQ(r.status, 1);
  EXPECT_TRUE(r.err.starts_with("zzreport: error: " + output + ": cannot write")) << r.err;
  EXPECT_FALSE(contains(r.err, "missing.txt")) << "the output is checked first";
}

TEST(AnalyzeCommand, RunStoppedBeforeTheEndWritesNothing) {
  ScratchDir dir;
  std::string report = dir.write("good.txt", kReport);
  std::string output = dir.write("out.json", "previous\n");
  auto r = run_cli({"analyze", "-o", output, "--data-dir", dir.path("no-data"), report});
  EXPECT_EQ(r.status, 1);
  EXPECT_TRUE(contains(r.err, "data files not found")) << r.err;
  EXPECT_EQ(read(output), "previous\n") << "the old file is untouched";
  EXPECT_EQ(dir.names(), (std::vector<std::string>{"good.txt", "out.json"})) << "no temporary file";
}

TEST(AnalyzeCommand, FailedDocumentLeavesTheOthersWholeInTheOutput) {
  ScratchDir dir;
  std::string report = dir.write("good.txt", kReport);
  std::string output = dir.path("out.jsonl");
  auto r =
      run_cli({"analyze", "-f", "jsonl", "-o", output, report, dir.path("missing.txt"), report});
  EXPECT_EQ(r.status, 1);
  EXPECT_TRUE(contains(r.err, "missing.txt: No such file or directory")) << r.err;
  std::string written = read(output);
  EXPECT_EQ(std::count(written.begin(), written.end(), '\n'), 3) << written;
  EXPECT_TRUE(contains(written, "\"error\":{\"kind\":\"input\""));
  EXPECT_EQ(dir.names(), (std::vector<std::string>{"good.txt", "out.jsonl"}));
}

TEST(AnalyzeCommand, FullDeviceIsAnOutputError) {
  if (!std::filesystem::exists("/dev/full")) GTEST_SKIP() << "no /dev/full";
  ScratchDir dir;
  auto r = run_cli({"analyze", "-o", "/dev/full", dir.write("good.txt", kReport)});
  EXPECT_EQ(r.status, 1);
  EXPECT_TRUE(contains(r.err, "/dev/full")) << r.err;
}

TEST(AnalyzeCommand, OutputFileHoldsWhatStandardOutputWould) {
  ScratchDir dir;
  std::string report = dir.write("good.txt", kReport);
  std::string output = dir.path("out.md");
  auto to_file = run_cli({"analyze", "-f", "md", "-o", output, report});
  ASSERT_EQ(to_file.status, 0) << to_file.err;
  EXPECT_EQ(to_file.out, "");
  auto to_stdout = run_cli({"analyze", "-f", "md", report});
  EXPECT_EQ(read(output), to_stdout.out);
  EXPECT_EQ(dir.names(), (std::vector<std::string>{"good.txt", "out.md"}));
}

TEST(AnalyzeCommand, DefaultFormatOffATerminalIsJson) {
  ScratchDir dir;
  auto r = run_cli({"analyze", dir.write("r.txt", kReport)});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_TRUE(r.out.starts_with("{\n  \"schema_version\": ")) << r.out;
  EXPECT_TRUE(contains(r.out, "\"format\": \"json\""));
}

TEST(AnalyzeCommand, JsonLinesWritesOneLinePerDocument) {
  ScratchDir dir;
  std::string report = dir.write("r.txt", kReport);
  auto r = run_cli({"analyze", "-f", "jsonl", report, report});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 2);
  EXPECT_TRUE(r.out.starts_with("{\"schema_version\":"));
}

TEST(AnalyzeCommand, CsvWritesTheHeaderOnceAndExcelAddsABom) {
  ScratchDir dir;
  std::string report = dir.write("r.txt", kReport);
  auto r = run_cli({"analyze", "-f", "csv", report, report});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_TRUE(r.out.starts_with("file,kind,indicator,"));
  EXPECT_EQ(r.out.find("file,kind", 1), std::string::npos);
  auto excel = run_cli({"analyze", "-f", "csv", "--excel", report});
  EXPECT_TRUE(
      excel.out.starts_with("\xEF\xBB\xBF"
                            "file,kind,"));
}

TEST(AnalyzeCommand, OnlyRestrictsWhatIsWritten) {
  ScratchDir dir;
  auto r = run_cli({"analyze", "--fields", "targets", dir.write("r.txt", kReport)});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "\"targets\": ["));
  EXPECT_FALSE(contains(r.out, "\"keywords\""));
  EXPECT_FALSE(contains(r.out, "\"outline\""));
  EXPECT_TRUE(contains(r.out, "\"only\": \"targets\""));
}

TEST(AnalyzeCommand, ColourOnlyWhenAskedOffATerminal) {
  ScratchDir dir;
  std::string report = dir.write("r.txt", kReport);
  EXPECT_FALSE(contains(run_cli({"analyze", "-f", "text", report}).out, "\x1b["));
  EXPECT_TRUE(
      contains(run_cli({"analyze", "-f", "text", "--color", "always", report}).out, "\x1b["));
  EXPECT_FALSE(
      contains(run_cli({"analyze", "-f", "md", "--color", "always", report}).out, "\x1b["));
}

TEST(AnalyzeCommand, MetaReplacesWhatTheTextSays) {
  ScratchDir dir;
  std::string report = dir.write(
      "r.txt", "——2019年1月15日在河北省第十三届人民代表大会第二次会议上\n" + std::string(kReport));
  auto plain = run_cli({"analyze", "-f", "json", "--only", "outline", report});
  ASSERT_EQ(plain.status, 0) << plain.err;
  EXPECT_TRUE(contains(plain.out, "\"region\": \"河北省\"")) << plain.out;
  EXPECT_TRUE(contains(plain.out, "\"year\": 2019")) << plain.out;
  auto r = run_cli(
      {"analyze", "-f", "json", "--only", "outline", "--meta", "region=山东,year=2020", report});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "\"region\": \"山东省\"")) << r.out;  // the alias's full name
  EXPECT_TRUE(contains(r.out, "\"level\": \"provincial\"")) << r.out;
  EXPECT_TRUE(contains(r.out, "\"year\": 2020")) << r.out;
  EXPECT_TRUE(contains(r.out, "\"date\": \"2019-01-15\"")) << r.out;  // not overridden
}

TEST(AnalyzeCommand, BadMetaIsAUsageErrorNamingOptionAndValueWritingNothing) {
  ScratchDir dir;
  std::string report = dir.write("r.txt", kReport);
  std::string out = dir.path("out.json");
  for (const char* meta : {"year=abc", "level=district", "colour=red", "year"}) {
    auto r = run_cli({"analyze", "-o", out, "--meta", meta, report});
    EXPECT_EQ(r.status, 2) << meta;
    EXPECT_TRUE(contains(r.err, "zzreport: error: --meta: ")) << r.err;
    EXPECT_TRUE(contains(r.err.substr(0, r.err.find('\n')), meta)) << r.err;
    EXPECT_EQ(r.out, "");
  }
  EXPECT_EQ(dir.names(), std::vector<std::string>{"r.txt"});  // nothing half-written
}

}  // namespace
}  // namespace zz::cli
