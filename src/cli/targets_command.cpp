// `zzreport targets FILE...`: the targets, achievements and other quantities of reports, as a
// table for people or rows for Excel, Stata, R and scripts.
#include <CLI/CLI.hpp>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "commands.hpp"
#include "output.hpp"
#include "zzreport/extract/quantities.hpp"
#include "zzreport/report/quantity_rows.hpp"
#include "zzreport/text/document.hpp"

namespace zz::cli {
namespace {

struct TargetsOptions {
  std::vector<std::string> inputs;
  std::string kind = "all";    // target | achievement | all (targets and achievements) | any
  std::string format;          // text | json | jsonl | csv; empty: text on a terminal, jsonl otherwise
  std::string output;
  std::string encoding;
};

bool wanted(const TargetsOptions& options, extract::QuantityKind kind) {
  if (options.kind == "any") return true;
  if (options.kind == "all") return kind != extract::QuantityKind::mention;
  return extract::to_string(kind) == options.kind;
}

int run_targets(const TargetsOptions& options, const Io& io) {
  std::string format = options.format;
  if (format.empty()) format = io.out_is_terminal ? "text" : "jsonl";
  Sink sink(options.output, io.out);
  if (format == "csv") sink.write(report::quantities_csv_header());
  for (const std::string& path : options.inputs) {
    text::Document doc = text::load_document(text::read_file(path), path, {options.encoding});
    std::vector<extract::Quantity> quantities = extract::extract_quantities(doc);
    std::erase_if(quantities, [&](const extract::Quantity& q) { return !wanted(options, q.kind); });
    if (format == "csv") sink.write(report::quantities_csv(doc, quantities));
    else if (format == "jsonl") sink.write(report::quantities_jsonl(doc, quantities));
    else if (format == "json") sink.write(report::quantities_json(doc, quantities));
    else sink.write(report::quantities_text(doc, quantities));
  }
  sink.commit();
  return 0;
}

}  // namespace

Command add_targets(CLI::App& app) {
  auto options = std::make_shared<TargetsOptions>();
  CLI::App* sub = app.add_subcommand("targets", "List targets, achievements and other quantities");
  sub->add_option("files", options->inputs, "Report files ('-' for standard input)")->required();
  sub->add_option("-k,--kind", options->kind,
                  "target, achievement, all (targets and achievements; default) or any (with mentions)")
      ->check(CLI::IsMember({"target", "achievement", "all", "any"}));
  sub->add_option("-f,--format", options->format, "text, json, jsonl or csv (default: text on a terminal, jsonl otherwise)")
      ->check(CLI::IsMember({"text", "json", "jsonl", "csv"}));
  sub->add_option("-o,--output", options->output, "Write to FILE (atomically) instead of standard output");
  sub->add_option("--encoding", options->encoding, "Input encoding (default: detect), e.g. GB18030");
  sub->footer(
      "Examples:\n"
      "  zzreport targets report.txt\n"
      "  zzreport targets --kind target --format csv -o targets.csv reports/*.txt\n"
      "  zzreport targets --format jsonl reports/*.md | jq -r 'select(.op==\"ge\") | .indicator'");
  return [options, sub](const Io& io) { return sub->parsed() ? run_targets(*options, io) : -1; };
}

}  // namespace zz::cli
