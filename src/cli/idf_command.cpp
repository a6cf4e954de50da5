// `zzreport idf build CORPUS... -o FILE`: the IDF table keyword ranking uses (data/idf.tsv).
#include <CLI/CLI.hpp>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "checks.hpp"
#include "commands.hpp"
#include "inputs.hpp"
#include "output.hpp"
#include "resource_options.hpp"
#include "zzreport/extract/idf_builder.hpp"
#include "zzreport/segment/segmenter.hpp"
#include "zzreport/text/document.hpp"
#include "zzreport/text/error.hpp"

namespace zz::cli {
namespace {

struct IdfOptions {
  std::vector<std::string> inputs;
  std::string output;
  std::string periods_output;
  extract::IdfBuildOptions build;
  pipeline::ResourceOptions resources;
};

int run_idf_build(const IdfOptions& options, const Io& io) {
  Sink sink(options.output, io.out);
  // Opened before any work too; written only when the corpus has years.
  if (options.periods_output == "-") {
    throw Error(ErrorKind::usage, "idf build: --periods needs a file name, not '-'");
  }
  std::optional<Sink> periods_sink;
  if (!options.periods_output.empty()) periods_sink.emplace(options.periods_output, io.out);
  std::unique_ptr<pipeline::Resources> resources =
      pipeline::load_resources(options.resources, {.idf = false,
                                                   .regions = false,
                                                   .quoted_terms = false,
                                                   .keyword_types = false,
                                                   .quantity_rules = false});
  extract::IdfBuilder builder(&resources->stop_words, options.build);
  std::vector<segment::Token> tokens;
  std::vector<std::string> files = corpus_files(options.inputs);
  if (files.empty()) throw Error(ErrorKind::usage, "no .md or .txt files in the corpus given");
  for (const std::string& path : files) {
    text::Document doc = text::load_document(text::read_file(path), path);
    tokens.clear();
    resources->segmenter->segment(doc.text, tokens);
    builder.add_document(doc.text, tokens, doc.year);
  }
  extract::IdfBuilder::Tables tables = builder.tables();
  if (periods_sink && tables.periods.empty()) {
    throw Error(ErrorKind::input,
                "idf build: no document of the corpus has a year, so there is "
                "no period table to write (--periods)");
  }
  sink.write(tables.idf);
  sink.commit();
  if (periods_sink) {
    periods_sink->write(tables.periods);
    periods_sink->commit();
  }
  std::vector<extract::IdfBuilder::Period> periods = builder.periods();
  std::uint32_t dated = 0;
  for (const extract::IdfBuilder::Period& period : periods) dated += period.documents;
  io.err << "zzreport: IDF table of " << builder.documents() << " documents";
  if (periods_sink) {
    io.err << "; period table of " << dated << " of them (the others have no year) in "
           << periods.size() << " periods";
  }
  io.err << "\n";
  return 0;
}

}  // namespace

Command add_idf(CLI::App& app) {
  auto options = std::make_shared<IdfOptions>();
  CLI::App* idf = app.add_subcommand("idf", "Build the IDF table that ranks keywords");
  idf->require_subcommand(1);
  CLI::App* build =
      idf->add_subcommand("build", "Count document frequencies over a corpus of reports");
  build
      ->add_option("corpus", options->inputs,
                   "Report files, or directories searched for *.md and *.txt")
      ->required();
  build->add_option("-o,--output", options->output,
                    "Write the table to FILE (default: standard output)");
  build->add_option("--periods", options->periods_output,
                    "Also write the period table (documents of each period per term) to FILE");
  build->add_option("--min-df", options->build.min_df, "Leave out terms found in fewer documents")
      ->capture_default_str()
      ->check(at_least(1));
  build
      ->add_option("--min-phrase-df", options->build.min_phrase_df,
                   "Leave out phrases found in fewer documents")
      ->capture_default_str()
      ->check(at_least(1));
  build
      ->add_option("--max-phrase-tokens", options->build.max_phrase_tokens,
                   "Longest phrase counted, in tokens (1: terms only)")
      ->capture_default_str()
      ->check(CLI::Range(1, 8));
  add_resource_options(*build, options->resources);
  build->footer(
      "Examples:\n"
      "  zzreport idf build ../shared/corpus/gov-reports -o data/idf.tsv --periods "
      "data/periods.tsv\n"
      "  zzreport idf build --dict my.dict my-reports/ -o my-idf.tsv");
  return
      [options, build](const Io& io) { return build->parsed() ? run_idf_build(*options, io) : -1; };
}

}  // namespace zz::cli
