// `zzreport analyze FILE...`: the whole pipeline, one report per input.
#include <CLI/CLI.hpp>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "batch_driver.hpp"
#include "commands.hpp"
#include "output.hpp"
#include "resources.hpp"
#include "zzreport/extract/analysis.hpp"
#include "zzreport/extract/analyzer.hpp"
#include "zzreport/report/writers.hpp"
#include "zzreport/text/document.hpp"
#include "zzreport/text/error.hpp"

namespace zz::cli {
namespace {

struct AnalyzeOptions {
  BatchCliOptions batch;
  std::string format;  // json | md; empty: md on a terminal, json otherwise
  std::string output;
  std::string encoding;
  ResourceOptions resources;
};

int run_analyze(const AnalyzeOptions& options, const Io& io) {
  std::string format = options.format;
  if (format.empty()) format = io.out_is_terminal ? "md" : "json";
  Sink sink(options.output, io.out);  // opened first: an unwritable -o fails before any work
  std::unique_ptr<Resources> resources = load_resources(options.resources);
  extract::AnalyzerOptions analyzer_options;
  analyzer_options.idf = &resources->idf;
  analyzer_options.stop_words = &resources->stop_words;
  extract::Analyzer analyzer(*resources->segmenter, analyzer_options);

  DocumentBatch batch;
  batch.render = [&](const LoadedInput& loaded) {
    text::Document doc = text::load_document(loaded.bytes, loaded.path, {options.encoding});
    extract::Analysis analysis = analyzer.analyze(doc);
    report::ReportInput input{
        &doc, &analysis, {{"format", format}, {"encoding", options.encoding}}};
    if (format == "md") return report::to_markdown(input);
    return report::to_json(input, format == "json");
  };
  batch.write = [&](std::string_view text) { sink.write(text); };
  batch.separator = format == "md" ? "\n---\n\n" : "";
  batch.json_objects = format == "json" || format == "jsonl";
  batch.error_records = format == "jsonl";
  BatchSummary summary = run_documents(options.batch, batch, std::cin, io.err, io.err_is_terminal);
  // An output file is written when at least one document made it (error records included), so that
  // one bad file in an archive does not cost the rest; when every document failed there is none.
  if (summary.succeeded > 0 || summary.failed == 0) sink.commit();
  return summary.status;
}

}  // namespace

Command add_analyze(CLI::App& app) {
  auto options = std::make_shared<AnalyzeOptions>();
  CLI::App* sub =
      app.add_subcommand("analyze", "Analyse reports: structure, keywords, targets, warnings");
  add_batch_options(*sub, options->batch);
  sub->add_option("-f,--format", options->format,
                  "Output format (default: md on a terminal, json otherwise)")
      ->check(CLI::IsMember({"json", "jsonl", "md"}));
  sub->add_option("-o,--output", options->output,
                  "Write to FILE (atomically) instead of standard output");
  sub->add_option("--encoding", options->encoding,
                  "Input encoding (default: detect), e.g. GB18030, UTF-16LE");
  add_resource_options(*sub, options->resources);
  sub->footer(
      "Examples:\n"
      "  zzreport analyze report.txt\n"
      "  zzreport analyze --format json -o report.json report.txt\n"
      "  zzreport analyze --encoding GB18030 old-report.txt");
  return [options, sub](const Io& io) { return sub->parsed() ? run_analyze(*options, io) : -1; };
}

}  // namespace zz::cli
