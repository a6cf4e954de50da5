// End-to-end tests of `zzreport analyze` over many documents: the same bytes for any --jobs, JSON
// Lines records analysed exactly like the files they were packed from, failures as error records.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "batch_driver.hpp"
#include "cli.hpp"
#include "zzreport/text/document.hpp"

namespace zz::cli {
namespace {
namespace fs = std::filesystem;

// The real reports of the repository (tests/data/reports: two GBK, one UTF-8): enough to exercise
// the pool, fast in CI.
const std::string kSample = ZZ_TEST_DATA_DIR "/reports";

struct Result {
  int status = 0;
  std::string out;
  std::string err;
};

Result zzreport(std::vector<std::string> args) {
  args.insert(args.begin(), "zzreport");
  std::vector<const char*> argv;
  for (const std::string& a : args) argv.push_back(a.c_str());
  std::ostringstream out;
  std::ostringstream err;
  Result r;
  r.status = run(static_cast<int>(argv.size()), argv.data(), out, err);
  r.out = out.str();
  r.err = err.str();
  return r;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

/// The sample's files, sorted; only those with `extension` when it is given.
std::vector<std::string> sample_files(std::string_view extension = "") {
  std::vector<std::string> files;
  for (const auto& entry : fs::directory_iterator(kSample)) {
    if (extension.empty() || entry.path().extension() == extension)
      files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

TEST(AnalyzeBatch, JsonLinesAreByteIdenticalForOneTwoAndFourJobs) {
  Result one = zzreport({"analyze", "-f", "jsonl", "-j", "1", kSample});
  ASSERT_EQ(one.status, 0) << one.err;
  std::vector<std::string> lines = lines_of(one.out);
  std::vector<std::string> files = sample_files();
  ASSERT_EQ(lines.size(), files.size());
  for (std::size_t i = 0; i < lines.size(); ++i) {
    nlohmann::json j = nlohmann::json::parse(lines[i]);
    EXPECT_EQ(j["document"]["path"], files[i]);
  }
  EXPECT_EQ(one.err, "zzreport: " + std::to_string(files.size()) +
                         " documents: " + std::to_string(files.size()) + " analysed, 0 failed\n");
  for (const char* jobs : {"2", "4"}) {
    Result many = zzreport({"analyze", "-f", "jsonl", "--quiet", "-j", jobs, kSample});
    EXPECT_EQ(many.status, 0);
    EXPECT_EQ(many.err, "");
    EXPECT_TRUE(many.out == one.out) << "--jobs " << jobs << " changed the output";
  }
}

TEST(AnalyzeBatch, JsonLinesRecordsGiveTheSameAnalysesAsTheFiles) {
  fs::path packed =
      fs::temp_directory_path() / ("zz-roundtrip-" + std::to_string(::getpid()) + ".jsonl");
  // A record's text is a JSON string, so UTF-8: the GBK reports are not packed.
  std::vector<std::string> files = sample_files(".md");
  ASSERT_FALSE(files.empty());
  {
    std::ofstream out(packed, std::ios::binary);
    for (const std::string& file : files) {
      out << nlohmann::json{{"id", file}, {"text", text::read_file(file)}}.dump() << "\n";
    }
  }
  std::vector<std::string> args = {"analyze", "-f", "jsonl", "-q", "-j", "2"};
  args.insert(args.end(), files.begin(), files.end());
  Result from_files = zzreport(args);
  Result from_records =
      zzreport({"analyze", "-f", "jsonl", "-q", "-j", "2", "--input", "jsonl", packed.string()});
  fs::remove(packed);
  ASSERT_EQ(from_records.status, 0) << from_records.err;
  std::vector<std::string> expected = lines_of(from_files.out);
  std::vector<std::string> actual = lines_of(from_records.out);
  ASSERT_EQ(actual.size(), expected.size());
  for (std::size_t i = 0; i < actual.size(); ++i) {
    // The same line with the record's id first.
    std::string with_id =
        "{\"id\":" + nlohmann::json(files[i]).dump() + "," + expected[i].substr(1);
    EXPECT_EQ(actual[i], with_id) << files[i];
  }
}

TEST(AnalyzeBatch, AMissingFileIsAnErrorRecordAndTheOthersGoOn) {
  std::string first = sample_files().front();
  Result r = zzreport({"analyze", "-f", "jsonl", "-j", "2", "/nonexistent/report.md", first});
  EXPECT_EQ(r.status, 1);
  std::vector<std::string> lines = lines_of(r.out);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0],
            "{\"path\":\"/nonexistent/report.md\",\"error\":{\"kind\":\"input\",\"message\":"
            "\"/nonexistent/report.md: No such file or directory\"}}");
  EXPECT_EQ(nlohmann::json::parse(lines[1])["document"]["path"], first);
  EXPECT_EQ(r.err,
            "zzreport: error: /nonexistent/report.md: No such file or directory\n"
            "zzreport: 2 documents: 1 analysed, 1 failed\n");
}

TEST(AnalyzeBatch, AnOutputFileIsWrittenWhenSomeDocumentMadeItAndOnlyThen) {
  fs::path out =
      fs::temp_directory_path() / ("zz-batch-out-" + std::to_string(::getpid()) + ".jsonl");
  Result none = zzreport(
      {"analyze", "-f", "jsonl", "-o", out.string(), "/nonexistent/a.md", "/nonexistent/b.md"});
  EXPECT_EQ(none.status, 1);
  EXPECT_FALSE(fs::exists(out));
  Result some = zzreport(
      {"analyze", "-f", "jsonl", "-o", out.string(), "/nonexistent/a.md", sample_files().front()});
  EXPECT_EQ(some.status, 1);
  EXPECT_EQ(lines_of(text::read_file(out.string())).size(),
            2u);  // the error record and the analysis
  fs::remove(out);
}

TEST(AnalyzeBatch, GlobTakesOnePatternSoThatPathsAfterItStayInputs) {
  Result r = zzreport({"analyze", "-f", "jsonl", "-q", "--glob", "tieling-*.md", kSample});
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(lines_of(r.out).size(), 1u);
}

TEST(AnalyzeBatch, NoInputIsAUsageError) {
  Result r = zzreport({"analyze", "-f", "jsonl"});
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("no input files"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace zz::cli
