// `zzreport contrast A... --vs B...`: the terms that set one group of reports apart from another,
// or (--new) the terms of A that B never uses (docs/trends.md). The statistics live in zz_extract
// (contrast), the rows in zz_report (rows); this file runs the batch driver over both groups.
#include <CLI/CLI.hpp>
#include <iostream>
#include <memory>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include "batch_driver.hpp"
#include "checks.hpp"
#include "commands.hpp"
#include "output.hpp"
#include "resource_options.hpp"
#include "zzreport/extract/contrast.hpp"
#include "zzreport/extract/term_groups.hpp"
#include "zzreport/report/rows.hpp"
#include "zzreport/segment/segmenter.hpp"
#include "zzreport/text/document.hpp"
#include "zzreport/text/error.hpp"

namespace zz::cli {
namespace {

struct ContrastCliOptions {
  BatchCliOptions batch;  // group A: the positional inputs
  std::vector<std::string> versus;
  std::string versus_files_from;
  std::size_t top = 30;
  bool new_terms = false;
  std::string format;  // csv | jsonl | json | md; empty: md on a terminal, csv otherwise
  std::string output;
  std::string encoding;
  pipeline::ResourceOptions resources;
};

int run_contrast(const ContrastCliOptions& options, const Io& io) {
  if (options.batch.inputs.paths.empty() && options.batch.inputs.files_from.empty()) {
    throw Error(ErrorKind::usage,
                "contrast: no reports in group A (zzreport contrast A... --vs B...)");
  }
  if (options.versus.empty() && options.versus_files_from.empty()) {
    throw Error(ErrorKind::usage,
                "contrast: no reports in group B (--vs B... or --vs-files-from FILE)");
  }
  if (options.batch.inputs.files_from == "-" && options.versus_files_from == "-") {
    throw Error(ErrorKind::usage,
                "contrast: --files-from and --vs-files-from cannot both read standard input");
  }
  bool to_terminal = io.out_is_terminal && (options.output.empty() || options.output == "-");
  report::RowFormat format = report::parse_row_format(
      options.format.empty() ? (to_terminal ? "md" : "csv") : options.format);

  Sink sink(options.output, io.out);  // opened first: an unwritable -o fails before any work
  std::unique_ptr<pipeline::Resources> resources = pipeline::load_resources(
      options.resources,
      {.quoted_terms = false, .keyword_types = false, .quantity_rules = false, .periods = true});

  // Each group's terms, summed as documents finish (sums do not depend on the order).
  auto read_group = [&](const BatchCliOptions& group, const char* name, extract::TermBag& bag) {
    std::mutex bag_mutex;
    DocumentBatch batch;
    batch.render = [&](LoadedInput& loaded) {
      text::Document doc = load_document(
          loaded,
          {.encoding = options.encoding, .regions = &resources->regions, .text_checks = false});
      std::vector<segment::Token> tokens;
      resources->segmenter->segment(doc.text, tokens);
      extract::TermBag terms = extract::document_terms(doc, tokens, &resources->stop_words);
      std::lock_guard lock(bag_mutex);
      bag.add(terms);
      return std::string();
    };
    batch.write = [](std::string_view) {};
    BatchSummary summary = run_documents(group, batch, std::cin, io.err, io.err_is_terminal);
    if (summary.succeeded == 0) {
      throw Error(ErrorKind::input, std::string("contrast: no readable report in group ") + name);
    }
    return summary.status;
  };
  extract::TermBag a;
  extract::TermBag b;
  int status = read_group(options.batch, "A", a);
  BatchCliOptions group_b = options.batch;
  group_b.inputs.paths = options.versus;
  group_b.inputs.files_from = options.versus_files_from;
  group_b.inputs.files_from_flag = "--vs-files-from";
  status = std::max(status, read_group(group_b, "B (--vs)", b));

  extract::ContrastOptions contrast_options;
  contrast_options.top = options.top;
  extract::ContrastBackground background{
      .idf = resources->idf.size() > 0 ? &resources->idf : nullptr,
      .periods = resources->periods.periods().empty() ? nullptr : &resources->periods};
  std::vector<report::Row> rows;
  if (options.new_terms) {
    for (const extract::ContrastRow& row : extract::new_terms(a, b, background, contrast_options)) {
      rows.push_back({row.term, static_cast<std::int64_t>(row.count_a),
                      report::decimal_cell(extract::per_10k(row.count_a, a.han_characters))});
    }
    sink.write(report::RowWriter(format, {"term", "count_a", "per_10k_a"}).table(rows));
  } else {
    extract::Contrast result = extract::contrast(a, b, background, contrast_options);
    for (auto [side, list] : {std::pair{"a", &result.a}, std::pair{"b", &result.b}}) {
      for (const extract::ContrastRow& row : *list) {
        rows.push_back({std::string(side), row.term, report::Decimal{row.z, 3},
                        static_cast<std::int64_t>(row.count_a),
                        static_cast<std::int64_t>(row.count_b),
                        report::decimal_cell(extract::per_10k(row.count_a, a.han_characters)),
                        report::decimal_cell(extract::per_10k(row.count_b, b.han_characters))});
      }
    }
    sink.write(report::RowWriter(
                   format, {"side", "term", "z", "count_a", "count_b", "per_10k_a", "per_10k_b"})
                   .table(rows));
  }
  sink.commit();
  return status;
}

}  // namespace

Command add_contrast(CLI::App& app) {
  auto options = std::make_shared<ContrastCliOptions>();
  CLI::App* sub =
      app.add_subcommand("contrast", "Terms that set one group of reports apart: A... --vs B...");
  add_batch_options(*sub, options->batch);
  sub->add_option("--vs", options->versus, "The reports of group B (files or directories)");
  sub->add_option("--vs-files-from", options->versus_files_from,
                  "Read group B's paths from FILE, one per line ('-': standard input)");
  sub->add_option("-k,--top", options->top, "Terms listed per side (default 30)")
      ->check(CLI::Range(1, 100000));
  sub->add_flag("--new", options->new_terms,
                "List the terms that occur at least twice in A and never in B instead");
  sub->add_option("-f,--format", options->format,
                  "csv, jsonl, json or md (default: md on a terminal, csv otherwise)")
      ->check(CLI::IsMember({"csv", "jsonl", "json", "md"}));
  add_output_options(*sub, options->output, options->encoding);
  add_resource_options(*sub, options->resources);
  sub->add_option("--periods", options->resources.periods,
                  "Period table to tell common and era vocabulary by (default: data/periods.tsv)");
  sub->footer(
      "Examples:\n"
      "  zzreport contrast 2004.md 2005.md 2006.md --vs 2019.md 2020.md 2021.md\n"
      "  zzreport contrast --new 2024.md --vs 2019.md 2020.md 2021.md 2022.md 2023.md\n"
      "\n"
      "z: the weighted log-odds ratio's z-score (Monroe, Colaresi & Quinn 2008), its prior the\n"
      "corpus background (data/idf.tsv) mixed with the two groups' own counts; side a lists\n"
      "A's top terms, side b B's, a phrase in place of its parts that rarely occur apart.\n"
      "Common vocabulary does not rank: a term that the reports of an average period use in\n"
      "40% or more (data/periods.tsv), such as 发展, 举措 or 重视. When no period holds reports\n"
      "of both groups, a side lists only terms that the corpus's reports of its periods use at\n"
      "least twice as often as those of the other side's: 大幅 or 全球 set no era apart.\n"
      "Exit status: 0 ok, 1 a report could not be read, 2 bad usage.\n");
  return [options, sub](const Io& io) { return sub->parsed() ? run_contrast(*options, io) : -1; };
}

}  // namespace zz::cli
