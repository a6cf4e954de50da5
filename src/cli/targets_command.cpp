// `zzreport targets FILE...`: the targets, achievements and other quantities of reports, as a
// table for people or rows for Excel, Stata, R and scripts.
#include <CLI/CLI.hpp>
#include <algorithm>
#include <iostream>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "batch_driver.hpp"
#include "commands.hpp"
#include "output.hpp"
#include "pipeline/command_setup.hpp"
#include "resource_options.hpp"
#include "zzreport/extract/analyzer.hpp"
#include "zzreport/report/quantity_rows.hpp"
#include "zzreport/text/document.hpp"

namespace zz::cli {
namespace {

struct TargetsOptions {
  BatchCliOptions batch;
  std::string kind = "all";  // target | achievement | all (targets and achievements) | any
  std::string format;  // text | json | jsonl | csv; empty: text on a terminal, jsonl otherwise
  std::string output;
  std::string encoding;
  pipeline::ResourceOptions resources;
};

int run_targets(const TargetsOptions& options, const Io& io) {
  std::string format = options.format;
  if (format.empty()) format = io.out_is_terminal ? "text" : "jsonl";
  Sink sink(options.output, io.out);  // opened first: an unwritable -o fails before any work
  // The quantities of analyze, from the same analyzer and resources (the IDF table ranks keywords,
  // which targets does not write).
  std::unique_ptr<pipeline::Resources> resources =
      pipeline::load_resources(options.resources, pipeline::kTargetsNeeds);
  extract::Analyzer analyzer(*resources->segmenter, pipeline::targets_analyzer_options(*resources));
  if (format == "csv") sink.write(report::quantities_csv_header());
  DocumentBatch batch;
  batch.render = [&](const LoadedInput& loaded) {
    text::Document doc = load_document(loaded, {options.encoding, &resources->regions});
    std::vector<extract::Quantity> quantities = analyzer.analyze(doc).quantities;
    std::erase_if(quantities, [&](const extract::Quantity& q) {
      return !pipeline::wanted_quantity(options.kind, q.kind);
    });
    if (format == "csv") return report::quantities_csv(doc, quantities);
    if (format == "jsonl") return report::quantities_jsonl(doc, quantities);
    if (format == "json") return report::quantities_json(doc, quantities);
    return report::quantities_text(doc, quantities);
  };
  batch.separator = format == "text" ? "\n" : "";
  batch.error_records = format == "jsonl";
  return run_documents_into(sink, options.batch, std::move(batch), std::cin, io.err,
                            io.err_is_terminal);
}

}  // namespace

Command add_targets(CLI::App& app) {
  auto options = std::make_shared<TargetsOptions>();
  CLI::App* sub = app.add_subcommand("targets", "List targets, achievements and other quantities");
  add_batch_options(*sub, options->batch);
  sub->add_option(
         "-k,--kind", options->kind,
         "target, achievement, all (targets and achievements; default) or any (with mentions)")
      ->check(CLI::IsMember({"target", "achievement", "all", "any"}));
  sub->add_option("-f,--format", options->format,
                  "text, json, jsonl or csv (default: text on a terminal, jsonl otherwise)")
      ->check(CLI::IsMember({"text", "json", "jsonl", "csv"}));
  add_output_options(*sub, options->output, options->encoding);
  add_resource_options(*sub, options->resources);
  add_indicator_file_option(*sub, options->resources, "--indicators");
  sub->footer(
      "Examples:\n"
      "  zzreport targets report.txt\n"
      "  zzreport targets --kind target --format csv -o targets.csv reports/*.txt\n"
      "  zzreport targets --format jsonl reports/*.md | jq -r 'select(.op==\"ge\") | .indicator'");
  return [options, sub](const Io& io) { return sub->parsed() ? run_targets(*options, io) : -1; };
}

}  // namespace zz::cli
