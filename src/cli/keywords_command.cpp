// `zzreport keywords FILE...`: the terms and key phrases that set each report apart.
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
#include "pipeline/command_setup.hpp"
#include "resource_options.hpp"
#include "zzreport/extract/analyzer.hpp"
#include "zzreport/report/keywords_writer.hpp"
#include "zzreport/text/document.hpp"
#include "zzreport/text/error.hpp"

namespace zz::cli {
namespace {

struct KeywordsOptions {
  BatchCliOptions batch;
  std::size_t top_k = 20;
  std::string method = std::string(extract::to_string(extract::KeywordOptions{}.method));
  std::string format = "text";
  std::string output;
  std::string encoding;
  pipeline::ResourceOptions resources;
};

int run_keywords(const KeywordsOptions& options, const Io& io) {
  Sink sink(options.output, io.out);  // opened first: an unwritable -o fails before any work
  std::unique_ptr<pipeline::Resources> resources =
      pipeline::load_resources(options.resources, pipeline::kKeywordsNeeds);
  extract::Analyzer analyzer(
      *resources->segmenter,
      pipeline::keywords_analyzer_options(*resources, options.top_k,
                                          *extract::parse_keyword_method(options.method)));

  if (options.format == "csv") sink.write(report::keywords_csv_header());
  DocumentBatch batch;
  batch.render = [&](const LoadedInput& loaded) {
    text::Document doc = load_document(loaded, {options.encoding});
    std::vector<extract::Keyword> keywords = analyzer.analyze(doc).keywords;
    if (options.format == "text") return report::keywords_to_text(doc, keywords);
    if (options.format == "csv") return report::keywords_to_csv(doc, keywords);
    return report::keywords_to_json(doc, keywords, options.format == "json", loaded.id_json);
  };
  batch.separator = options.format == "text" ? "\n" : "";
  batch.error_records = options.format == "jsonl";
  return run_documents_into(sink, options.batch, std::move(batch), std::cin, io.err,
                            io.err_is_terminal);
}

}  // namespace

Command add_keywords(CLI::App& app) {
  auto options = std::make_shared<KeywordsOptions>();
  CLI::App* sub =
      app.add_subcommand("keywords", "The terms and key phrases that set each report apart");
  add_batch_options(*sub, options->batch);
  sub->add_option("-k,--top", options->top_k, "Keywords per report")
      ->capture_default_str()
      ->check(at_least(1));
  sub->add_option("-m,--method", options->method, "Ranking: tfidf, textrank or combined")
      ->capture_default_str()
      ->check(CLI::IsMember({"tfidf", "textrank", "combined"}));
  sub->add_option("-f,--format", options->format, "Output format: text, json, jsonl or csv")
      ->capture_default_str()
      ->check(CLI::IsMember({"text", "json", "jsonl", "csv"}));
  add_output_options(*sub, options->output, options->encoding);
  add_resource_options(*sub, options->resources);
  sub->footer(
      "Examples:\n"
      "  zzreport keywords report.txt\n"
      "  zzreport keywords -k 50 --method combined --format csv -o keywords.csv reports/*.txt\n"
      "  zzreport keywords --format jsonl --glob '*.md' -j 4 corpus/ > keywords.jsonl\n"
      "  zzreport keywords --idf my-idf.tsv --stopwords extra-stopwords.txt report.txt");
  return [options, sub](const Io& io) { return sub->parsed() ? run_keywords(*options, io) : -1; };
}

}  // namespace zz::cli
