// `zzreport lexicon build CORPUS... -o FILE`: builds the domain lexicon from a corpus of reports;
// `zzreport lexicon compile LEXICON -o FILE`: compiles it for the segmenter's fast start-up.
#include <CLI/CLI.hpp>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "commands.hpp"
#include "inputs.hpp"
#include "output.hpp"
#include "pipeline/data_dir.hpp"
#include "zzreport/extract/quantity_rules.hpp"
#include "zzreport/segment/compiled_lexicon.hpp"
#include "zzreport/segment/lexicon.hpp"
#include "zzreport/segment/lexicon_builder.hpp"
#include "zzreport/text/decode.hpp"
#include "zzreport/text/document.hpp"
#include "zzreport/text/error.hpp"
#include "zzreport/text/regions.hpp"

namespace zz::cli {
namespace {

struct LexiconOptions {
  std::vector<std::string> inputs;
  std::string output;
  std::string data_dir;  ///< whose rules/ name the predicate words
  segment::LexiconBuildOptions build;
  std::string compile_input;
  std::string compile_output;
};

int run_lexicon_build(const LexiconOptions& options, const Io& io) {
  // The words that end an indicator's name end a subject's predicate: no discovered word may end
  // in one before a number (率达到 would hide 覆盖率).
  segment::LexiconBuildOptions build = options.build;
  std::string data_dir = pipeline::find_data_dir(options.data_dir);
  std::string rules = data_dir + "/" + std::string(extract::QuantityRules::kDirectory);
  // Named, not a temporary in the loop's range: indicator_tails() points into the rules, which a
  // range-for over a temporary's member destroys before the first word is read (C++20).
  extract::QuantityRules quantity_rules = extract::QuantityRules::load(rules);
  for (std::string_view w : quantity_rules.indicator_tails()) build.predicate_words.emplace_back(w);
  // The names of the regions are words, however discovery judges them (周口, 呼伦贝尔).
  build.known_words =
      text::RegionTable::read(data_dir + "/" + text::RegionTable::kFileName).word_forms();
  Sink sink(options.output, io.out);
  segment::LexiconBuilder builder;
  std::vector<std::string> files = corpus_files(options.inputs);
  for (const std::string& path : files) {
    try {
      builder.add_text(text::decode(text::read_file(path)).utf8);
    } catch (const Error& e) {
      throw e.file().empty() ? e.with_file(path) : e;
    }
  }
  io.err << "lexicon: " << files.size() << " files read\n";
  segment::LexiconBuildStats stats;
  std::vector<segment::LexiconEntry> entries = builder.build(
      build, stats, [&](std::string_view line) { io.err << "lexicon: " << line << "\n"; });
  std::string out;
  segment::write_jieba(entries, out);
  sink.write(out);
  sink.commit();
  io.err << "lexicon: " << entries.size() << " words from " << stats.characters
         << " Han characters (" << stats.new_words << " new words, " << stats.slogans
         << " slogans)\n";
  return 0;
}

int run_lexicon_compile(const LexiconOptions& options, const Io& io) {
  segment::Lexicon lexicon;
  lexicon.load_file(options.compile_input, segment::LexiconLayer::shipped);
  std::string bytes = segment::CompiledLexicon::compile(lexicon).bytes();
  Sink sink(options.compile_output, io.out);
  sink.write(bytes);
  sink.commit();
  io.err << "lexicon: " << lexicon.size() << " words compiled, " << bytes.size() << " bytes\n";
  return 0;
}

}  // namespace

Command add_lexicon(CLI::App& app) {
  auto options = std::make_shared<LexiconOptions>();
  CLI::App* sub = app.add_subcommand("lexicon", "Build the segmentation lexicon from a corpus");
  sub->require_subcommand(1);
  CLI::App* build =
      sub->add_subcommand("build", "Discover words in a corpus and estimate their frequencies");
  build
      ->add_option("corpus", options->inputs,
                   "Corpus files or directories (*.md, *.txt, searched recursively)")
      ->required();
  build->add_option("-o,--output", options->output,
                    "Lexicon file to write (jieba format; default: standard output)");
  build->add_option("--min-count", options->build.min_count, "Least occurrences of a new word")
      ->capture_default_str();
  build->add_option("--min-cohesion", options->build.min_cohesion, "Least PMI of a new word")
      ->capture_default_str();
  build
      ->add_option("--min-entropy", options->build.min_entropy,
                   "Least boundary entropy of a new word")
      ->capture_default_str();
  build->add_option("--iterations", options->build.iterations, "Frequency re-estimation passes")
      ->capture_default_str();
  build->add_option("--data-dir", options->data_dir,
                    "Data directory whose rules/ name the words that end a subject's predicate "
                    "(default: found as for every command)");
  build->footer(
      "Example (the shipped lexicon, see data/README.md):\n"
      "  zzreport lexicon build ../shared/corpus/gov-reports -o data/lexicon.txt");
  CLI::App* compile = sub->add_subcommand(
      "compile",
      "Compile a lexicon into the segmenter's binary form (fast start-up: data/lexicon.bin)");
  compile->add_option("lexicon", options->compile_input, "Lexicon in jieba format")->required();
  compile->add_option("-o,--output", options->compile_output, "File to write")->required();
  compile->footer(
      "Example (the shipped lexicon, see data/README.md):\n"
      "  zzreport lexicon compile data/lexicon.txt -o data/lexicon.bin");
  return [options, build, compile](const Io& io) {
    if (build->parsed()) return run_lexicon_build(*options, io);
    return compile->parsed() ? run_lexicon_compile(*options, io) : -1;
  };
}

}  // namespace zz::cli
