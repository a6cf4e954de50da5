// `zzreport kwic TERM FILES...`: every occurrence of a term in an archive with the text around it
// (docs/trends.md). The search lives in zz_extract (kwic), rows in zz_report (rows, kwic_view).
#include <CLI/CLI.hpp>
#include <iostream>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "batch_driver.hpp"
#include "checks.hpp"
#include "commands.hpp"
#include "output.hpp"
#include "resource_options.hpp"
#include "zzreport/extract/kwic.hpp"
#include "zzreport/extract/term_counts.hpp"
#include "zzreport/report/kwic_view.hpp"
#include "zzreport/report/rows.hpp"
#include "zzreport/text/document.hpp"

namespace zz::cli {
namespace {

struct KwicOptions {
  std::string term;
  BatchCliOptions batch;
  std::size_t width = 20;
  std::string format;  // text | csv | jsonl | json | md; empty: text on a terminal, csv otherwise
  std::string color = "auto";
  std::string output;
  std::string encoding;
  pipeline::ResourceOptions resources;
};

int run_kwic(const KwicOptions& options, const Io& io) {
  bool to_terminal = io.out_is_terminal && (options.output.empty() || options.output == "-");
  std::string format = options.format.empty() ? (to_terminal ? "text" : "csv") : options.format;
  bool color = color_wanted(options.color, to_terminal);
  extract::TermCounter term({options.term});  // folded as the text is; throws for an empty term
  const std::string& folded = term.folded().front();

  Sink sink(options.output, io.out);  // opened first: an unwritable -o fails before any work
  std::unique_ptr<pipeline::Resources> resources = pipeline::load_resources(
      options.resources,
      {.idf = false, .quoted_terms = false, .keyword_types = false, .quantity_rules = false});
  std::optional<report::RowWriter> rows;
  if (format != "text") {
    rows.emplace(report::parse_row_format(format),
                 std::vector<std::string>{"file", "region", "year", "start", "end", "left", "term",
                                          "right"});
  }

  DocumentBatch batch;
  batch.render = [&](LoadedInput& loaded) {
    text::Document doc = load_document(
        loaded,
        {.encoding = options.encoding, .regions = &resources->regions, .text_checks = false});
    std::vector<extract::Concordance> lines = extract::concordance(doc, folded, options.width);
    if (!rows)
      return lines.empty() ? std::string()
                           : report::kwic_text(loaded.path, lines, options.width, color);
    std::vector<report::Row> out;
    for (const extract::Concordance& line : lines) {
      out.push_back({loaded.path, doc.region.empty() ? report::Cell{} : report::Cell{doc.region},
                     doc.year ? report::Cell{std::int64_t{*doc.year}} : report::Cell{},
                     std::int64_t{line.span.begin}, std::int64_t{line.span.end}, line.left,
                     line.term, line.right});
    }
    return rows->rows(out);
  };
  batch.error_records = format == "jsonl";

  // Documents without the term write nothing, not even a separator; the header goes out with the
  // first document's lines, so that a run in which every document fails writes nothing.
  std::string between = rows ? rows->separator() : "\n";
  bool any = false;
  batch.write = [&](std::string_view text) {
    if (text.empty()) return;
    sink.write(any ? between : rows ? rows->header() : std::string());
    sink.write(text);
    any = true;
  };
  BatchSummary summary = run_documents(options.batch, batch, std::cin, io.err, io.err_is_terminal);
  if (summary.succeeded == 0 && summary.failed > 0) return summary.status;
  if (rows) sink.write((any ? std::string() : rows->header()) + rows->footer());
  sink.commit();
  return summary.status;
}

}  // namespace

Command add_kwic(CLI::App& app) {
  auto options = std::make_shared<KwicOptions>();
  CLI::App* sub = app.add_subcommand("kwic", "Show every occurrence of a term with its context");
  sub->add_option("term", options->term, "The term (folded as the text is: 發展 finds 发展)")
      ->required();
  add_batch_options(*sub, options->batch);
  sub->add_option("-w,--width", options->width, "Characters of context on each side (default 20)")
      ->check(CLI::Range(1, 1000));
  sub->add_option("-f,--format", options->format,
                  "text, csv, jsonl, json or md (default: text on a terminal, csv otherwise)")
      ->check(CLI::IsMember({"text", "csv", "jsonl", "json", "md"}));
  sub->add_option("--color", options->color,
                  "Colour in the text view: auto (default), always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  add_output_options(*sub, options->output, options->encoding);
  add_resource_options(*sub, options->resources);
  sub->footer(
      "Examples:\n"
      "  zzreport kwic 新质生产力 reports/\n"
      "  zzreport kwic -w 30 -f csv -o kwic.csv 共同富裕 reports/\n"
      "\n"
      "Columns: file,region,year,start,end,left,term,right (start, end: code points of the\n"
      "original text). Exit status: 0 ok, 1 an input could not be read, 2 bad usage.\n");
  return [options, sub](const Io& io) { return sub->parsed() ? run_kwic(*options, io) : -1; };
}

}  // namespace zz::cli
