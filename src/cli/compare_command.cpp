// `zzreport compare OLD NEW`: what changed between two reports (targets, slogans, key terms).
#include <CLI/CLI.hpp>
#include <memory>
#include <string>

#include "commands.hpp"
#include "output.hpp"
#include "resource_options.hpp"
#include "zzreport/extract/analyzer.hpp"
#include "zzreport/extract/compare.hpp"
#include "zzreport/report/compare_writers.hpp"
#include "zzreport/text/document.hpp"

namespace zz::cli {
namespace {

struct CompareOptions {
  std::string old_path;
  std::string new_path;
  std::string format;  // md | json | text; empty: text on a terminal, json otherwise
  std::string output;
  std::string encoding;
  pipeline::ResourceOptions resources;
};

int run_compare(const CompareOptions& options, const Io& io) {
  bool to_terminal = io.out_is_terminal && (options.output.empty() || options.output == "-");
  std::string format = options.format.empty() ? (to_terminal ? "text" : "json") : options.format;
  Sink sink(options.output, io.out);
  std::unique_ptr<pipeline::Resources> resources = pipeline::load_resources(options.resources);
  extract::Analyzer analyzer(*resources->segmenter, pipeline::analyzer_options(*resources));
  text::Document old_doc =
      text::load_document(text::read_file(options.old_path), options.old_path, {options.encoding});
  text::Document new_doc =
      text::load_document(text::read_file(options.new_path), options.new_path, {options.encoding});
  extract::Analysis old_analysis = analyzer.analyze(old_doc);
  extract::Analysis new_analysis = analyzer.analyze(new_doc);
  extract::Comparison comparison =
      extract::compare({&old_doc, &old_analysis}, {&new_doc, &new_analysis});
  report::CompareInput input{&comparison,   old_doc.path, new_doc.path, old_doc.title,
                             new_doc.title, old_doc.year, new_doc.year};
  if (format == "json")
    sink.write(report::compare_to_json(input));
  else if (format == "md")
    sink.write(report::compare_to_markdown(input));
  else
    sink.write(report::compare_to_text(input));
  sink.commit();
  return 0;
}

}  // namespace

Command add_compare(CLI::App& app) {
  auto options = std::make_shared<CompareOptions>();
  CLI::App* sub = app.add_subcommand(
      "compare",
      "Compare two reports: targets raised, lowered, dropped or new; slogans and key terms");
  sub->add_option("old", options->old_path, "The earlier report")->required();
  sub->add_option("new", options->new_path, "The later report")->required();
  sub->add_option("-f,--format", options->format,
                  "Output format: text, md, json (default: text on a terminal, json otherwise)")
      ->check(CLI::IsMember({"text", "md", "json"}));
  sub->add_option("-o,--output", options->output,
                  "Write to FILE (atomically) instead of standard output");
  sub->add_option("--encoding", options->encoding, "Input encoding (default: detect)");
  add_resource_options(*sub, options->resources);
  sub->footer(
      "Examples:\n"
      "  zzreport compare 2021.md 2022.md\n"
      "  zzreport compare -f md -o changes.md 2021.md 2022.md\n"
      "  zzreport compare -f json 2021.md 2022.md | jq '.targets[] | select(.change==\"raised\")'");
  return [options, sub](const Io& io) { return sub->parsed() ? run_compare(*options, io) : -1; };
}

}  // namespace zz::cli
