// segment_lines(): text segmented line by line and written as `zzreport segment` writes it (text,
// JSON, JSON Lines); the Python module's cut() and segment() run the same loop.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "zzreport/segment/segmenter.hpp"
#include "zzreport/segment/token.hpp"

namespace zz::pipeline {

/// Called for each line (without its "\n" or "\r\n") with its tokens (byte ranges of `line`), its
/// number from 1 and its first code point in the whole input.
using LineTokens = std::function<void(std::string_view line, const std::vector<segment::Token>&,
                                      std::size_t line_number, std::uint32_t line_start)>;

/// Segments `input` (UTF-8) one line at a time: a line is the unit the command line and cut()
/// agree on, so that both give the same words.
void segment_by_line(const segment::Segmenter& segmenter, std::string_view input,
                     const LineTokens& on_line);

/// A token as `zzreport segment` reports it: its text (bytes of the line), its span in code points
/// of the whole input, and its type.
struct ReportedToken {
  std::string_view text;
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  segment::TokenType type = segment::TokenType::word;
};

/// Calls `on_token` for each token of a line that `zzreport segment` reports (white space is not),
/// in order; `line_start` is the line's first code point in the input (LineTokens gives it).
void for_each_reported_token(std::string_view line, std::uint32_t line_start,
                             const std::vector<segment::Token>& tokens,
                             const std::function<void(const ReportedToken&)>& on_token);

/// How `zzreport segment` writes the tokens.
struct SegmentFormat {
  std::string format = "text";  ///< text (the words with `delimiter` between), json, jsonl
  std::string delimiter = " ";
};

/// The output of `zzreport segment` for `input`, handed to `write` in pieces (a long file need not
/// be held twice). White space is not output; JSON spans are code points of `input`.
void segment_lines(const segment::Segmenter& segmenter, std::string_view input,
                   const SegmentFormat& format, const std::function<void(std::string_view)>& write);

}  // namespace zz::pipeline
