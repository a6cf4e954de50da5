// `zzreport segment [FILE|-]`: word segmentation, one output line per input line.
#include <CLI/CLI.hpp>
#include <memory>
#include <string>
#include <vector>

#include "batch_driver.hpp"
#include "commands.hpp"
#include "output.hpp"
#include "resources.hpp"
#include "zzreport/report/json.hpp"
#include "zzreport/segment/segmenter.hpp"
#include "zzreport/segment/token.hpp"
#include "zzreport/text/decode.hpp"
#include "zzreport/text/document.hpp"
#include "zzreport/text/error.hpp"
#include "zzreport/text/utf8.hpp"

namespace zz::cli {
namespace {

struct SegmentOptions {
  std::string input = "-";
  std::string delimiter = " ";
  std::string format = "text";
  std::string granularity = "coarse";
  std::string output;
  std::string encoding;
  ResourceOptions resources;
};

/// Writes the tokens of one line as text: the tokens with `options.delimiter` between them.
void write_text_line(const SegmentOptions& options, std::string_view line,
                     const std::vector<segment::Token>& tokens, std::string& out) {
  bool first = true;
  for (const segment::Token& t : tokens) {
    if (t.type == segment::TokenType::space) continue;
    if (!first) out += options.delimiter;
    out.append(line, t.begin, t.end - t.begin);
    first = false;
  }
  out += '\n';
}

/// Writes the tokens of one line as a JSON object. `line_start` is the line's first code point in
/// the input. In JSON Lines everything is compact; in JSON the line's members stay on its row and
/// its tokens go one a row below it, so that a long file reads line by line.
void write_json_line(bool jsonl, std::string_view line, std::size_t line_number,
                     std::uint32_t line_start, const std::vector<segment::Token>& tokens,
                     report::JsonWriter& w) {
  using report::JsonLayout;
  JsonLayout row = jsonl ? JsonLayout::compact : JsonLayout::spaced;
  w.begin_object(row);
  w.key("line");
  w.integer(line_number);
  w.key("tokens");
  w.begin_array(jsonl ? JsonLayout::compact : JsonLayout::indented);
  std::uint32_t code_point = line_start;
  std::uint32_t byte = 0;
  for (const segment::Token& t : tokens) {
    code_point += text::utf8::count_code_points(line.substr(byte, t.begin - byte));
    std::uint32_t length = text::utf8::count_code_points(line.substr(t.begin, t.end - t.begin));
    byte = t.begin;
    if (t.type == segment::TokenType::space) continue;
    w.begin_object(row);
    w.key("text");
    w.string(line.substr(t.begin, t.end - t.begin));
    w.key("span");
    w.begin_array(JsonLayout::compact);
    w.integer(code_point);
    w.integer(code_point + length);
    w.end_array();
    w.key("type");
    w.string(segment::to_string(t.type));
    w.end_object();
  }
  w.end_array();
  w.end_object();
}

int run_segment(SegmentOptions& options, const Io& io) {
  options.resources.granularity = segment::parse_granularity(options.granularity);
  Sink sink(options.output, io.out);
  // The segmenter only: the IDF table (35 ms to load) is for keywords.
  std::unique_ptr<Resources> resources =
      load_resources(options.resources, {.idf = false,
                                         .regions = false,
                                         .quoted_terms = false,
                                         .keyword_types = false,
                                         .quantity_rules = false});
  std::string bytes = text::read_file(options.input);
  text::DecodedText decoded;
  try {
    decoded = text::decode(bytes, {options.encoding});
  } catch (const Error& e) {
    throw e.with_file(options.input);
  }
  std::string_view input = decoded.utf8;
  std::vector<segment::Token> tokens;
  std::string out;
  bool json = options.format == "json";
  bool jsonl = options.format == "jsonl";
  report::JsonWriter writer(out, report::JsonLayout::indented);  // json: the lines one a row
  if (json) writer.begin_array();
  std::uint32_t line_start = 0;
  std::size_t line_number = 0;
  while (!input.empty()) {
    std::size_t eol = input.find('\n');
    std::string_view line = input.substr(0, eol);
    std::size_t consumed = eol == std::string_view::npos ? input.size() : eol + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    tokens.clear();
    resources->segmenter->segment(line, tokens);
    ++line_number;
    if (json || jsonl) {
      write_json_line(jsonl, line, line_number, line_start, tokens, writer);
      if (jsonl) out += '\n';
    } else {
      write_text_line(options, line, tokens, out);
    }
    line_start += text::utf8::count_code_points(input.substr(0, consumed));
    input.remove_prefix(consumed);
    if (out.size() > (1U << 16)) {
      sink.write(out);
      out.clear();
    }
  }
  if (json) {
    writer.end_array();
    out += '\n';
  }
  sink.write(out);
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
