// `zzreport panel FILE...`: the headline targets and outcomes of reports by canonical indicator,
// one row per (document, indicator, kind, period) (docs/panel.md). Analyze's batch machinery with
// only the quantities computed; the rows come from zz_extract, their rendering from zz_report.
#include <CLI/CLI.hpp>
#include <iostream>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "batch_driver.hpp"
#include "commands.hpp"
#include "output.hpp"
#include "panel_options.hpp"
#include "pipeline/panel_setup.hpp"
#include "resource_options.hpp"
#include "zzreport/extract/analyzer.hpp"
#include "zzreport/extract/panel.hpp"
#include "zzreport/report/panel_writer.hpp"
#include "zzreport/text/document.hpp"

namespace zz::cli {
namespace {

struct PanelOptions {
  BatchCliOptions batch;
  std::string format = "csv";  // csv | jsonl | json | md
  PanelCommonOptions common;
};

int run_panel(const PanelOptions& options, const Io& io) {
  Sink sink(options.common.output, io.out);  // opened first: an unwritable -o fails before any work
  pipeline::PanelSetup setup(
      pipeline::load_resources(options.common.resources, pipeline::kPanelNeeds),
      options.common.indicators);
  const std::string& format = options.format;
  if (format == "csv") sink.write(report::panel_csv_header());
  DocumentBatch batch;
  batch.render = [&](LoadedInput& loaded) {
    text::Document doc =
        load_document(loaded, {options.common.encoding, &setup.resources->regions});
    std::string().swap(loaded.bytes);
    std::vector<extract::PanelRow> rows = setup.rows(doc);
    if (format == "csv") return report::panel_csv(doc, rows);
    if (format == "jsonl") return report::panel_jsonl(doc, rows);
    if (format == "json") return report::panel_json(doc, rows);
    return report::panel_markdown(doc, rows);
  };
  batch.separator = format == "md" ? "\n" : "";
  batch.error_records = format == "jsonl";
  return run_documents_into(sink, options.batch, std::move(batch), std::cin, io.err,
                            io.err_is_terminal);
}

}  // namespace

Command add_panel(CLI::App& app) {
  auto options = std::make_shared<PanelOptions>();
  CLI::App* sub = app.add_subcommand(
      "panel", "Headline targets and outcomes by canonical indicator, one row per key");
  add_batch_options(*sub, options->batch);
  sub->add_option("-f,--format", options->format, "csv (default), jsonl, json or md")
      ->check(CLI::IsMember({"csv", "jsonl", "json", "md"}));
  add_panel_options(*sub, options->common);
  sub->footer(
      "Examples:\n"
      "  zzreport panel -o panel.csv reports/\n"
      "  zzreport panel --indicators gdp_growth,cpi -f md reports/*.md\n"
      "\n"
      "Exit status: 0 ok, 1 an input could not be read or an output written, 2 bad usage.\n"
      "The rows and how they are chosen are described in docs/panel.md.\n");
  return [options, sub](const Io& io) { return sub->parsed() ? run_panel(*options, io) : -1; };
}

}  // namespace zz::cli
