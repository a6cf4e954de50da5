// segment_lines(): the loop and the line writers of `zzreport segment`.
#include "segment_lines.hpp"

#include "zzreport/report/json.hpp"
#include "zzreport/text/utf8.hpp"

namespace zz::pipeline {
namespace {

// Output is handed on in pieces of about this size.
constexpr std::size_t kFlushBytes = std::size_t{1} << 16;

/// Writes the tokens of one line as text: the tokens with `delimiter` between them.
void write_text_line(std::string_view delimiter, std::string_view line,
                     const std::vector<segment::Token>& tokens, std::string& out) {
  bool first = true;
  for (const segment::Token& t : tokens) {
    if (t.type == segment::TokenType::space) continue;
    if (!first) out += delimiter;
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
  for_each_reported_token(line, line_start, tokens, [&](const ReportedToken& t) {
    w.begin_object(row);
    w.key("text");
    w.string(t.text);
    w.key("span");
    w.begin_array(JsonLayout::compact);
    w.integer(t.begin);
    w.integer(t.end);
    w.end_array();
    w.key("type");
    w.string(segment::to_string(t.type));
    w.end_object();
  });
  w.end_array();
  w.end_object();
}

}  // namespace

void for_each_reported_token(std::string_view line, std::uint32_t line_start,
                             const std::vector<segment::Token>& tokens,
                             const std::function<void(const ReportedToken&)>& on_token) {
  std::uint32_t code_point = line_start;
  std::uint32_t byte = 0;
  for (const segment::Token& t : tokens) {
    code_point += text::utf8::count_code_points(line.substr(byte, t.begin - byte));
    byte = t.begin;
    if (t.type == segment::TokenType::space) continue;
    std::string_view token = line.substr(t.begin, t.end - t.begin);
    on_token({token, code_point, code_point + text::utf8::count_code_points(token), t.type});
  }
}

void segment_by_line(const segment::Segmenter& segmenter, std::string_view input,
                     const LineTokens& on_line) {
  std::vector<segment::Token> tokens;
  std::uint32_t line_start = 0;
  std::size_t line_number = 0;
  while (!input.empty()) {
    std::size_t eol = input.find('\n');
    std::string_view line = input.substr(0, eol);
    std::size_t consumed = eol == std::string_view::npos ? input.size() : eol + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    tokens.clear();
    segmenter.segment(line, tokens);
    on_line(line, tokens, ++line_number, line_start);
    line_start += text::utf8::count_code_points(input.substr(0, consumed));
    input.remove_prefix(consumed);
  }
}

void segment_lines(const segment::Segmenter& segmenter, std::string_view input,
                   const SegmentFormat& format,
                   const std::function<void(std::string_view)>& write) {
  std::string out;
  bool json = format.format == "json";
  bool jsonl = format.format == "jsonl";
  report::JsonWriter writer(out, report::JsonLayout::indented);  // json: the lines one a row
  if (json) writer.begin_array();
  segment_by_line(segmenter, input,
                  [&](std::string_view line, const std::vector<segment::Token>& tokens,
                      std::size_t line_number, std::uint32_t line_start) {
                    if (json || jsonl) {
                      write_json_line(jsonl, line, line_number, line_start, tokens, writer);
                      if (jsonl) out += '\n';
                    } else {
                      write_text_line(format.delimiter, line, tokens, out);
                    }
                    if (out.size() > kFlushBytes) {
                      write(out);
                      out.clear();
                    }
                  });
  if (json) {
    writer.end_array();
    out += '\n';
  }
  write(out);
}

}  // namespace zz::pipeline
