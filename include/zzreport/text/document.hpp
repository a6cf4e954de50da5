// Document: one decoded report, its normalised text with the offset map back to the original, and
// its structure (paragraphs, sentences, outline) and quality warnings. Immutable once loaded.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "zzreport/text/offset_map.hpp"
#include "zzreport/text/span.hpp"

namespace zz::text {

/// A byte range [begin, end) of the normalised text.
struct ByteRange {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  friend bool operator==(const ByteRange&, const ByteRange&) = default;
};

struct Paragraph {
  ByteRange range;  ///< in Document::text
  Span span;        ///< in the original
};

struct Sentence {
  ByteRange range;
  Span span;
  std::uint32_t paragraph = 0;  ///< index into Document::paragraphs
};

/// A heading and the part of the document it opens, nested into an outline tree.
struct Section {
  int level = 1;       ///< 1 for the top level (一、 / ## ), 2 below it ((一)), ...
  std::string marker;  ///< the numbering as written ("二、", "(一)", "1.", "第一章"), may be empty
  std::string title;  ///< heading text without the marker, normalised
  ByteRange heading;  ///< the heading in the normalised text
  Span span;          ///< the heading in the original: original[begin:end] is its text
  ByteRange body;     ///< from the heading to the next heading of the same or higher level
  std::optional<std::uint32_t> parent;  ///< index into Document::sections
  bool lead = false;  ///< the heading is the lead sentence of a paragraph whose text follows it
                      ///< ("（一）突出“聚焦”，彰显….打造…", "聚焦打造“三个高地”。全力…")
};

/// Something wrong with the text itself, found while loading.
struct Warning {
  std::string kind;     ///< "page_marker", "split_paragraph", "duplicate", "stray_latin", ...
  std::string message;  ///< one line for a person
  Span span;
};

struct Document {
  std::string path;      ///< as given on the command line ("-" for standard input)
  std::string encoding;  ///< encoding the bytes were decoded from
  std::uint64_t bytes = 0;
  std::string original;              ///< decoded text (UTF-8), the reference for every Span
  std::uint32_t original_chars = 0;  ///< code points in `original`
  std::string text;                  ///< normalised text that every later stage analyses
  OffsetMap map;                     ///< text byte offsets -> original code points

  std::string title;   ///< from a YAML header or the first heading line; may be empty
  std::string source;  ///< where the report was published (YAML source:/url:); may be empty
  std::uint32_t front_paragraphs =
      0;  ///< leading paragraphs that are front matter (title, date, speaker)

  // What the report says about itself (metadata.cpp; docs/text.md, "Metadata"). Empty or nothing
  // where the text does not say; an override (--meta, JSON Lines fields) replaces region, level,
  // year.
  std::string region;  ///< issuing body's region, full name: 全国, 河北省, 七台河市, 海拉尔区
  /// Administrative level of the issuing body: "national", "provincial", "city", "county" (see
  /// RegionLevel), or "".
  std::string level;
  std::optional<int> year;         ///< the year the report plans for: the year of its targets
  std::optional<int> stated_year;  ///< the year the front matter states (date line, else title):
                                   ///< the year the report was given, what 今年 means in it
  std::string date;                ///< the delivery date, ISO (2021-12-07, or 2021-12), or ""
  /// "government_work_report", "party_congress_report", "five_year_plan",
  /// "statistical_communique" or "other".
  std::string doc_type;
  std::string meeting;  ///< the session it was given at: 第十三届人民代表大会第二次会议
  std::vector<Paragraph> paragraphs;
  std::vector<Sentence> sentences;
  std::vector<Section> sections;  ///< in document order; parents before children
  std::vector<Warning> warnings;

  /// The original span of a byte range of `text`.
  Span span_of(ByteRange range) const { return map.original_span(text, range.begin, range.end); }
  std::string_view slice(ByteRange range) const {
    return std::string_view(text).substr(range.begin, range.end - range.begin);
  }
};

class RegionTable;

struct LoadOptions {
  std::string encoding;  ///< forced encoding; empty: detect
  /// The region table (data/regions.tsv) that tells region names and levels; without it
  /// Document::region and level stay empty.
  const RegionTable* regions = nullptr;
  /// Whether to look for repeated passages and stray Latin letters, whose only product is
  /// Document::warnings: commands that print no warnings (trend, kwic, contrast) skip them, about
  /// a twentieth of reading a report.
  bool text_checks = true;
};

/// Decodes, normalises and structures one report. Throws zz::Error naming `path` on bad input.
Document load_document(std::string_view bytes, std::string path, const LoadOptions& options = {});

/// Reads a file (or standard input for "-") whole. Throws zz::Error(input) naming the file.
std::string read_file(const std::string& path);

}  // namespace zz::text
