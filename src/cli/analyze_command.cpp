// `zzreport analyze FILE...`: the whole pipeline, one report per input, in the format asked for.
#include <CLI/CLI.hpp>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "batch_driver.hpp"
#include "commands.hpp"
#include "html_site.hpp"
#include "output.hpp"
#include "pipeline/command_setup.hpp"
#include "resource_options.hpp"
#include "zzreport/extract/analysis.hpp"
#include "zzreport/extract/analyzer.hpp"
#include "zzreport/report/html.hpp"
#include "zzreport/report/quantity_rows.hpp"
#include "zzreport/report/selection.hpp"
#include "zzreport/report/writers.hpp"
#include "zzreport/text/document.hpp"
#include "zzreport/text/error.hpp"

namespace zz::cli {
namespace {

struct AnalyzeOptions {
  BatchCliOptions batch;
  std::string format;  // json | jsonl | md | csv | text; empty: text on a terminal, json otherwise
  std::string output;
  std::string encoding;
  std::string only;
  std::string color = "auto";
  bool excel = false;
  pipeline::ResourceOptions resources;
};

/// One document's report in `format` (json, jsonl, md, csv, text).
std::string render(const report::ReportInput& input, const std::string& format, bool color) {
  if (format == "json") return report::to_json(input, true);
  if (format == "jsonl") return report::to_json(input, false);
  if (format == "csv") return report::quantities_to_csv(input);
  if (format == "md") return report::to_markdown(input);
  if (format == "html") return report::to_html(input);
  return report::to_text(input, {color});
}

int run_analyze(const AnalyzeOptions& options, const Io& io) {
  report::Selection selection = report::parse_selection(options.only);
  bool to_terminal = io.out_is_terminal && (options.output.empty() || options.output == "-");
  std::string format = options.format.empty() ? (to_terminal ? "text" : "json") : options.format;
  bool color = color_wanted(options.color, to_terminal);

  // HTML with -o DIR/: a page per document and an index (html_site.hpp).
  std::optional<HtmlSite> site;
  if (format == "html" && is_site_output(options.output)) site.emplace(options.output);
  // Opened first: an unwritable -o fails before any work.
  Sink sink(site ? std::string("-") : options.output, io.out);
  std::unique_ptr<pipeline::Resources> resources = pipeline::load_resources(options.resources);
  extract::Analyzer analyzer(
      *resources->segmenter,
      report::analyzer_options(selection, pipeline::analyzer_options(*resources)));
  std::vector<std::pair<std::string, std::string>> echoed =
      pipeline::analyze_echo(format, selection, options.encoding);

  DocumentBatch batch;
  batch.render = [&](LoadedInput& loaded) {
    text::Document doc = load_document(loaded, {options.encoding, &resources->regions});
    std::string().swap(loaded.bytes);  // decoded into doc: free it before the analysis
    extract::Analysis analysis = analyzer.analyze(doc);
    report::ReportInput input{&doc, &analysis, echoed, selection, loaded.id_json};
    if (site) return frame_page(report::html_index_entry(input, ""), report::to_html(input));
    return render(input, format, color);
  };
  batch.separator = format == "md" ? "\n---\n\n" : format == "text" ? "\n" : "";
  batch.error_records = format == "jsonl";
  if (site) {
    batch.write = [&site](std::string_view framed) { site->write(framed); };
    BatchSummary summary =
        run_documents(options.batch, batch, std::cin, io.err, io.err_is_terminal);
    if (summary.succeeded > 0) site->finish();
    return summary.status;
  }
  if (format == "html") batch.one_document_hint = "give a directory, -o DIR/, for a page each";
  if (format == "csv") {
    sink.write(std::string(options.excel ? report::kUtf8Bom : "") +
               report::quantities_csv_header());
  }
  return run_documents_into(sink, options.batch, std::move(batch), std::cin, io.err,
                            io.err_is_terminal);
}

}  // namespace

Command add_analyze(CLI::App& app) {
  auto options = std::make_shared<AnalyzeOptions>();
  CLI::App* sub =
      app.add_subcommand("analyze", "Analyse reports: structure, keywords, targets, warnings");
  add_batch_options(*sub, options->batch);
  sub->add_option(
         "-f,--format", options->format,
         "Output format: text, md, json, jsonl, csv, html (default: text on a terminal, json "
         "otherwise)")
      ->check(CLI::IsMember({"text", "md", "json", "jsonl", "csv", "html"}));
  add_output_options(*sub, options->output, options->encoding);
  sub->add_option("--only,--fields", options->only,
                  "Compute and write only these parts, comma-separated: " +
                      std::string(report::kSelectionNames));
  sub->add_option("--color", options->color,
                  "Colour in the text view: auto (default), always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  sub->add_flag("--excel", options->excel,
                "Start CSV output with a UTF-8 byte order mark for Excel");
  add_resource_options(*sub, options->resources);
  add_indicator_file_option(*sub, options->resources, "--indicators");
  sub->footer(
      "Examples:\n"
      "  zzreport analyze report.txt                         # terminal view\n"
      "  zzreport analyze -f md -o report.md report.txt      # Markdown report, written "
      "atomically\n"
      "  zzreport analyze report.txt | jq '.targets[] | select(.hedge==\"力争\")'\n"
      "  zzreport analyze -f csv --excel --only targets,achievements *.txt > targets.csv\n"
      "  zzreport analyze -f jsonl archive/*.md > analyses.jsonl\n"
      "  zzreport analyze --encoding GB18030 old-report.txt\n"
      "\n"
      "Exit status: 0 ok, 1 an input could not be read or an output written, 2 bad usage.\n"
      "The JSON fields are described in docs/json.md.\n");
  return [options, sub](const Io& io) { return sub->parsed() ? run_analyze(*options, io) : -1; };
}

}  // namespace zz::cli
