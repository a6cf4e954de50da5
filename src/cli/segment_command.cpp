// `zzreport segment [FILE|-]`: word segmentation, one output line per input line.
#include <CLI/CLI.hpp>
#include <memory>
#include <string>
#include <vector>

#include "batch_driver.hpp"
#include "commands.hpp"
#include "output.hpp"
#include "pipeline/command_setup.hpp"
#include "pipeline/segment_lines.hpp"
#include "resource_options.hpp"
#include "zzreport/segment/segmenter.hpp"
#include "zzreport/text/decode.hpp"
#include "zzreport/text/document.hpp"
#include "zzreport/text/error.hpp"

namespace zz::cli {
namespace {

struct SegmentOptions {
  std::string input = "-";
  std::string delimiter = " ";
  std::string format = "text";
  std::string granularity = "coarse";
  std::string output;
  std::string encoding;
  pipeline::ResourceOptions resources;
};

int run_segment(SegmentOptions& options, const Io& io) {
  options.resources.granularity = segment::parse_granularity(options.granularity);
  Sink sink(options.output, io.out);
  std::unique_ptr<pipeline::Resources> resources =
      pipeline::load_resources(options.resources, pipeline::kSegmentNeeds);
  text::DecodedText decoded =
      pipeline::decode_for_segment(text::read_file(options.input), options.input, options.encoding);
  pipeline::segment_lines(*resources->segmenter, decoded.utf8, {options.format, options.delimiter},
                          [&sink](std::string_view out) { sink.write(out); });
  sink.commit();
  return 0;
}

}  // namespace

Command add_segment(CLI::App& app) {
  auto options = std::make_shared<SegmentOptions>();
  CLI::App* sub = app.add_subcommand(
      "segment", "Split Chinese text into words, one output line per input line");
  sub->add_option("file", options->input, "Input file ('-' or nothing: standard input)");
  sub->add_option("-d,--delimiter", options->delimiter,
                  "Between tokens in text output (default: a space)");
  sub->add_option("-f,--format", options->format,
                  "text (default), json (one array) or jsonl (one object a line)")
      ->check(CLI::IsMember({"text", "json", "jsonl"}));
  sub->add_option("-g,--granularity", options->granularity,
                  "coarse (default): 5000亿元 2-3个 whole; fine: 5000亿 元, 2-3 个")
      ->check(CLI::IsMember({"coarse", "fine"}));
  add_output_options(*sub, options->output, options->encoding);
  add_resource_options(*sub, options->resources);
  sub->footer(
      "Spans in JSON are [start, end) code points of the input; white space is not output.\n"
      "Examples:\n"
      "  zzreport segment report.txt\n"
      "  echo '长株潭一体化发展' | zzreport segment -d ' / '\n"
      "  zzreport segment --format jsonl --dict my_words.txt report.txt");
  return [options, sub](const Io& io) { return sub->parsed() ? run_segment(*options, io) : -1; };
}

}  // namespace zz::cli
