// `zzreport trend TERM... -- FILES...`: how often terms occur in each report of an archive, or
// summed by year, level, region or doc_type (docs/trends.md). Counting and grouping live in
// zz_extract (term_counts, term_groups), a document's rows in zz_pipeline (trend_count, which the
// Python module shares), the rows' formats in zz_report (rows); this file wires them to the batch
// driver.
#include <CLI/CLI.hpp>
#include <algorithm>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "batch_driver.hpp"
#include "commands.hpp"
#include "output.hpp"
#include "pipeline/trend_count.hpp"
#include "resource_options.hpp"
#include "zzreport/extract/term_groups.hpp"
#include "zzreport/report/rows.hpp"
#include "zzreport/report/trend_html.hpp"
#include "zzreport/text/data_file.hpp"
#include "zzreport/text/document.hpp"
#include "zzreport/text/error.hpp"

namespace zz::cli {
namespace {

struct TrendOptions {
  BatchCliOptions batch;
  std::string terms_file;
  std::string by;
  bool words = false;
  std::string format;  // csv | jsonl | json | md; empty: md on a terminal, csv otherwise
  std::string output;
  std::string encoding;
  pipeline::ResourceOptions resources;
};

/// The terms: the positional arguments when the inputs came after `--` (`after_separator`), which
/// then become the inputs; else (with --terms-file) every positional argument is an input. Then
/// the lines of --terms-file.
std::vector<std::string> take_terms(TrendOptions& options,
                                    std::optional<std::vector<std::string>> after_separator) {
  std::vector<std::string>& positional = options.batch.inputs.paths;
  std::vector<std::string> terms;
  if (after_separator) {
    terms = std::exchange(positional, std::move(*after_separator));
  } else if (options.terms_file.empty() && !positional.empty()) {
    throw Error(ErrorKind::usage,
                "trend: put -- between the terms and the reports (zzreport trend 改革 创新 -- "
                "reports/), or give the terms with --terms-file");
  }
  if (!options.terms_file.empty()) {
    text::DataFile::read(options.terms_file, "the terms file")
        .for_each([&](const text::DataLine& line) { terms.emplace_back(line.text()); });
  }
  if (terms.empty()) {
    throw Error(ErrorKind::usage, "trend: no terms (zzreport trend 改革 创新 -- reports/)");
  }
  return terms;
}

int run_trend(TrendOptions& options, std::optional<std::vector<std::string>> after_separator,
              const Io& io) {
  bool to_terminal = io.out_is_terminal && (options.output.empty() || options.output == "-");
  // html: the charts of --by year (report/trend_html.hpp); the rows' formats otherwise.
  bool html = options.format == "html";
  report::RowFormat format = report::parse_row_format(
      html || options.format.empty() ? (to_terminal ? "md" : "csv") : options.format);
  pipeline::TrendCount count(take_terms(options, std::move(after_separator)), options.by,
                             options.words);
  const extract::TermGroups* groups = count.groups();
  if (html && (!groups || std::find(groups->fields().begin(), groups->fields().end(),
                                    extract::GroupField::year) == groups->fields().end())) {
    throw Error(ErrorKind::usage,
                "trend: --format html draws the series of --by year (or year,level ...)");
  }

  Sink sink(options.output, io.out);  // opened first: an unwritable -o fails before any work
  std::unique_ptr<pipeline::Resources> resources =
      pipeline::load_resources(options.resources, pipeline::kTrendNeeds);
  report::RowWriter writer(format, count.columns());

  DocumentBatch batch;
  batch.render = [&](LoadedInput& loaded) {
    text::Document doc = load_document(
        loaded,
        {.encoding = options.encoding, .regions = &resources->regions, .text_checks = false});
    std::vector<report::Row> rows = count.add(loaded.path, doc, *resources->segmenter);
    return groups ? std::string() : writer.rows(rows);
  };
  batch.separator = groups ? "" : writer.separator();
  batch.error_records = !groups && format == report::RowFormat::jsonl;

  // The header goes out with the first document's rows, so that a run in which every document
  // fails writes nothing; grouped rows come as one table at the end.
  std::string out = groups ? std::string() : writer.header();
  batch.write = [&](std::string_view text) {
    if (groups) return;
    out += text;
    sink.write(out);
    out.clear();
  };
  BatchSummary summary = run_documents(options.batch, batch, std::cin, io.err, io.err_is_terminal);
  if (summary.succeeded == 0 && summary.failed > 0) return summary.status;
  if (html) {
    sink.write(report::trend_html(count.counter().terms(), *groups));
  } else {
    sink.write(groups ? writer.table(count.group_rows()) : out + writer.footer());
  }
  sink.commit();
  return summary.status;
}

}  // namespace

Command add_trend(CLI::App& app, std::optional<std::vector<std::string>> inputs) {
  auto options = std::make_shared<TrendOptions>();
  CLI::App* sub = app.add_subcommand(
      "trend", "Count terms in each report, or per year, level or region: TERM... -- FILES...");
  add_batch_options(*sub, options->batch);
  sub->add_option("--terms-file", options->terms_file,
                  "Read the terms from FILE, one a line ('#' starts a comment)");
  sub->add_option("--by", options->by,
                  "Sum over groups of reports: year, level, region, doc_type, or several "
                  "comma-separated (year,level)");
  sub->add_flag("--words", options->words,
                "Count only whole words and phrases of zzreport's segmentation (改革 not inside "
                "改革开放)");
  sub->add_option("-f,--format", options->format,
                  "csv, jsonl, json, md, or html (with --by year: a chart per term) (default: md "
                  "on a terminal, csv otherwise)")
      ->check(CLI::IsMember({"csv", "jsonl", "json", "md", "html"}));
  add_output_options(*sub, options->output, options->encoding);
  add_resource_options(*sub, options->resources);
  sub->footer(
      "Terms come first, then -- and the reports (files or directories).\n"
      "\n"
      "Examples:\n"
      "  zzreport trend 改革 创新 高质量发展 -- reports/\n"
      "  zzreport trend --by year -f csv -o trend.csv 改革 创新 -- reports/\n"
      "  zzreport trend --by year,level --terms-file terms.txt reports/\n"
      "  zzreport trend --words 改革 -- reports/     # not inside 改革开放\n"
      "  zzreport trend --by year -f html -o trend.html 改革 创新 -- reports/\n"
      "\n"
      "count: non-overlapping occurrences in the cleaned text (page markers and markup removed,\n"
      "traditional characters folded); per_10k: per 10,000 Han characters of that text.\n"
      "Exit status: 0 ok, 1 an input could not be read or an output written, 2 bad usage.\n");
  return [options, sub, inputs](const Io& io) {
    return sub->parsed() ? run_trend(*options, inputs, io) : -1;
  };
}

}  // namespace zz::cli
