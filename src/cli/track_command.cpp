// `zzreport track FILE...`: targets against outcomes across the reports of each region
// (docs/panel.md): panel's rows of every document collected, then joined by extract::track().
#include <CLI/CLI.hpp>
#include <algorithm>
#include <iostream>
#include <memory>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include "batch_driver.hpp"
#include "commands.hpp"
#include "output.hpp"
#include "panel_options.hpp"
#include "pipeline/panel_setup.hpp"
#include "zzreport/extract/track.hpp"
#include "zzreport/report/track_writer.hpp"
#include "zzreport/text/document.hpp"

namespace zz::cli {
namespace {

struct TrackOptions {
  BatchCliOptions batch;
  std::string format = "csv";  // csv | jsonl | md | html
  PanelCommonOptions common;
};

int run_track(const TrackOptions& options, const Io& io) {
  Sink sink(options.common.output, io.out);
  pipeline::PanelSetup setup(
      pipeline::load_resources(options.common.resources, pipeline::kPanelNeeds),
      options.common.indicators);
  std::mutex mutex;
  std::vector<extract::PanelRecord> records;
  DocumentBatch batch;
  batch.render = [&](LoadedInput& loaded) {
    text::Document doc =
        load_document(loaded, {options.common.encoding, &setup.resources->regions});
    std::string().swap(loaded.bytes);
    std::vector<extract::PanelRow> rows = setup.rows(doc);
    std::lock_guard lock(mutex);
    for (extract::PanelRow& row : rows)
      records.push_back({doc.path, doc.region, doc.year, std::move(row)});
    return std::string();
  };
  batch.finish = [&] {
    // Worker threads finish in any order: the join sorts by key and file, so the output does not
    // depend on it.
    std::vector<extract::TrackRow> rows =
        extract::track(records, setup.resources->indicators.words("at_most"));
    if (options.format == "jsonl") return report::track_jsonl(rows);
    if (options.format == "md") return report::track_markdown(rows);
    if (options.format == "html") return report::track_html(rows);
    return report::track_csv(rows);
  };
  return run_documents_into(sink, options.batch, std::move(batch), std::cin, io.err,
                            io.err_is_terminal);
}

}  // namespace

Command add_track(CLI::App& app) {
  auto options = std::make_shared<TrackOptions>();
  CLI::App* sub = app.add_subcommand(
      "track", "Targets against outcomes by region, indicator and period, across reports");
  add_batch_options(*sub, options->batch);
  sub->add_option("-f,--format", options->format,
                  "csv (default), jsonl, md, or html (a chart per indicator and region)")
      ->check(CLI::IsMember({"csv", "jsonl", "md", "html"}));
  add_panel_options(*sub, options->common);
  sub->footer(
      "Examples:\n"
      "  zzreport track --indicators gdp_growth reports/国务院/\n"
      "  zzreport track -f md -o track.md reports/\n"
      "  zzreport track -f html -o track.html reports/\n"
      "\n"
      "Exit status: 0 ok, 1 an input could not be read or an output written, 2 bad usage.\n"
      "met, gap and the join are described in docs/panel.md.\n");
  return [options, sub](const Io& io) { return sub->parsed() ? run_track(*options, io) : -1; };
}

}  // namespace zz::cli
