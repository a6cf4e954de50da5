// Tests of run_documents() with a stand-in renderer: order, failures, records, summary, exit
// status.
#include "batch_driver.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "zzreport/report/json.hpp"

namespace zz::cli {
namespace {

TEST(ErrorRecord, NamesFileKindAndMessage) {
  InputItem item;
  item.path = "a.txt";
  EXPECT_EQ(
      error_record(item, Error(ErrorKind::input, "empty file", "a.txt"), {}),
      "{\"path\":\"a.txt\",\"error\":{\"kind\":\"input\",\"message\":\"a.txt: empty file\"}}\n");
}

TEST(ErrorRecord, GivesARecordsIdAndLine) {
  InputItem item;
  item.path = "in.jsonl";
  item.line = 4;
  item.is_record = true;
  item.record = "{\"id\":\"r4\",\"text\":\"\"}";
  EXPECT_EQ(error_record(item, Error(ErrorKind::input, "empty", "r4"), {}),
            "{\"id\":\"r4\",\"path\":\"in.jsonl\",\"line\":4,\"error\":{\"kind\":\"input\","
            "\"message\":\"r4: "
            "empty\"}}\n");
  item.record = "{broken";
  EXPECT_EQ(
      error_record(item, Error(ErrorKind::input, "malformed JSON record", "in.jsonl", "line 4"), {})
          .substr(0, 38),
      "{\"id\":null,\"path\":\"in.jsonl\",\"line\":4,");
}

struct BatchRun {
  std::string out;
  std::string err;
  int status = 0;
  std::size_t succeeded = 0;
  std::size_t failed = 0;
};

/// Records on standard input; the renderer writes the record's id, its name and its text
/// upper-cased, and fails on texts starting with "bad".
BatchRun run_records(const std::string& records, unsigned jobs, bool error_records = true,
                     bool quiet = false) {
  BatchCliOptions options;
  options.inputs.input_format = "jsonl";
  options.jobs = jobs;
  options.quiet = quiet;
  BatchRun run;
  DocumentBatch batch;
  batch.render = [](const LoadedInput& input) {
    if (input.bytes.rfind("bad", 0) == 0) throw Error(ErrorKind::input, "not a report");
    std::string upper = input.bytes;
    for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    std::string out;
    report::JsonWriter w(out, report::JsonLayout::compact);
    report::begin_document_object(w, input.id_json);
    w.key("path");
    w.string(input.path);
    w.key("text");
    w.string(upper);
    w.end_object();
    return out + "\n";
  };
  batch.write = [&](std::string_view text) { run.out += text; };
  batch.error_records = error_records;
  std::istringstream in(records);
  std::ostringstream err;
  BatchSummary summary = run_documents(options, batch, in, err, false);
  run.status = summary.status;
  run.succeeded = summary.succeeded;
  run.failed = summary.failed;
  run.err = err.str();
  return run;
}

std::string many_records(int n) {
  std::string records;
  for (int i = 0; i < n; ++i) {
    std::string text = i % 9 == 4 ? "bad" : std::string(static_cast<std::size_t>(i % 13 + 1), 'a');
    records += "{\"id\":" + std::to_string(i) + ",\"text\":\"" + text + "\"}\n";
  }
  return records;
}

TEST(RunDocuments, OutputIsByteIdenticalForAnyNumberOfJobs) {
  std::string records = many_records(60);
  BatchRun one = run_records(records, 1);
  EXPECT_EQ(run_records(records, 2).out, one.out);
  EXPECT_EQ(run_records(records, 4).out, one.out);
  std::istringstream lines(one.out);
  std::string line;
  int n = 0;
  while (std::getline(lines, line)) {
    nlohmann::json j = nlohmann::json::parse(line);
    EXPECT_EQ(j["id"], n) << line;
    EXPECT_EQ(j.contains("error"), n % 9 == 4) << line;
    ++n;
  }
  EXPECT_EQ(n, 60);
}

TEST(RunDocuments, FailuresGoOnReportedExitOneAndSummarised) {
  BatchRun run =
      run_records("{\"id\":\"x\",\"text\":\"ok\"}\n{\"id\":\"y\",\"text\":\"bad\"}\nnot json\n", 2);
  EXPECT_EQ(run.status, 1);
  EXPECT_EQ(run.succeeded, 1u);
  EXPECT_EQ(run.failed, 2u);
  EXPECT_EQ(run.out,
            "{\"id\":\"x\",\"path\":\"x\",\"text\":\"OK\"}\n"
            "{\"id\":\"y\",\"path\":\"-\",\"line\":2,\"error\":{\"kind\":\"input\",\"message\":\"-:"
            " not a report (line 2)\"}}\n"
            "{\"id\":null,\"path\":\"-\",\"line\":3,\"error\":{\"kind\":\"input\",\"message\":\"-: "
            "malformed JSON "
            "record (line 3)\"}}\n");
  EXPECT_EQ(run.err,
            "zzreport: error: -: not a report (line 2)\n"
            "zzreport: error: -: malformed JSON record (line 3)\n"
            "zzreport: 3 documents: 1 analysed, 2 failed\n");
}

TEST(RunDocuments, WithoutErrorRecordsFailuresGoToStandardErrorOnly) {
  BatchRun run =
      run_records("{\"id\":\"y\",\"text\":\"bad\"}\n{\"id\":\"x\",\"text\":\"ok\"}\n", 1, false);
  EXPECT_EQ(run.out, "{\"id\":\"x\",\"path\":\"x\",\"text\":\"OK\"}\n");
  EXPECT_EQ(run.status, 1);
}

TEST(RunDocuments, QuietSuccessSaysNothingAndOneDocumentHasNoSummary) {
  BatchRun quiet = run_records(many_records(3), 2, true, true);
  EXPECT_EQ(quiet.status, 0);
  EXPECT_EQ(quiet.err, "");
  BatchRun single = run_records("{\"id\":1,\"text\":\"a\"}\n", 2);
  EXPECT_EQ(single.err, "");
}

}  // namespace
}  // namespace zz::cli
