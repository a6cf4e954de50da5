// normalize(): one pass over the lines of the original; each line goes through the rules of this
// directory in a fixed order, then is appended to the normalised text or joined to the last one.
#include "zzreport/text/normalize.hpp"

#include <algorithm>

#include "boilerplate.hpp"
#include "char_line.hpp"
#include "markdown.hpp"
#include "page_markers.hpp"
#include "paragraph_join.hpp"
#include "punctuation.hpp"
#include "spaced_text.hpp"
#include "traditional.hpp"
#include "width.hpp"
#include "yaml_header.hpp"
#include "zzreport/text/char_class.hpp"
#include "zzreport/text/utf8.hpp"

namespace zz::text {
namespace {

// A document written wholly in traditional characters gets one warning per character run up to
// this many, then one summary: enough to see the problem without drowning the report.
constexpr std::size_t kMaxTraditionalWarnings = 20;
// Rejoined lines likewise: the corpus maximum is 76 (海南 1994, scanned); a hard-wrapped text file
// would otherwise get one warning per line.
constexpr std::size_t kMaxSplitWarnings = 100;

/// The raw line [begin, end) of the original and the code point index of its first byte.
struct RawLine {
  std::string_view bytes;
  std::uint32_t first_cp;
};

/// Original text of a span that lies within `raw`.
std::string_view slice(const RawLine& raw, Span span) {
  std::size_t i = 0;
  std::uint32_t cp = raw.first_cp;
  while (cp < span.begin && i < raw.bytes.size()) utf8::next_code_point(raw.bytes, i), ++cp;
  std::size_t begin = i;
  while (cp < span.end && i < raw.bytes.size()) utf8::next_code_point(raw.bytes, i), ++cp;
  return raw.bytes.substr(begin, i - begin);
}

std::string tail_chars(std::string_view s, int n) {
  std::uint32_t at = static_cast<std::uint32_t>(s.size());
  for (int k = 0; k < n && at > 0; ++k) at = utf8::previous_boundary(s, at);
  return std::string(s.substr(at));
}

std::string head_chars(std::string_view s, int n) {
  std::size_t at = 0;
  for (int k = 0; k < n && at < s.size(); ++k) utf8::next_code_point(s, at);
  return std::string(s.substr(0, at));
}

/// A newspaper's running page header between the pages of a report: the bare words 政府工作报告
/// on a line of their own after the report has begun.
bool is_running_header(const CharLine& line) {
  return line.size() == 6 && chars_equal(line, 0, U"政府工作报告");
}

/// The line-by-line normaliser; its buffers are reused for every line.
class Normalizer {
 public:
  explicit Normalizer(std::string_view original) : original_(original) {
    out_.text.reserve(original.size());
  }

  Normalized run();

 private:
  void process_line(const RawLine& raw, std::uint32_t terminator_cp);
  void apply_char_rules(CharLine& line, const RawLine* raw);
  void emit(const MarkdownLine& md, bool indented, std::uint32_t terminator_cp);
  void remember_tail();
  void warn(std::string kind, std::string message, Span span) {
    out_.warnings.push_back({std::move(kind), std::move(message), span});
  }

  std::string_view original_;
  Normalized out_;
  CharLine line_;
  std::string line_text_;       // the current line, normalised, as UTF-8
  std::string prev_line_;       // the last emitted line, as UTF-8
  std::string prev_tail_;       // the open end of the current paragraph (see remember_tail)
  bool prev_finished_ = false;  // the current paragraph has a finished sentence before the tail
  bool prev_long_ = false;      // the tail was cut: it is longer than any heading
  bool prev_markup_ = false;
  bool have_prev_ = false;
  std::uint32_t prev_terminator_ = 0;  // original code point of the newline after the last line
  std::uint32_t prev_last_orig_ = 0;   // original code point of the last character emitted
  bool in_comment_ = false;
  bool page_break_ = false;       // a page marker stood after the last emitted line
  bool marker_at_start_ = false;  // the current line began with a page marker
  bool marker_at_end_ = false;    // the current line ended with a page marker
  bool prose_seen_ = false;       // a line with a full stop has been emitted
  TraditionalFolder traditional_;
  std::vector<Span> spans_;  // scratch for the rules' reports
  std::size_t split_warnings_ = 0;
  std::size_t split_extra_ = 0;
  Span split_rest_{};
  std::size_t traditional_warnings_ = 0;
  std::size_t traditional_extra_ = 0;
  Span traditional_rest_{};
};

Normalized Normalizer::run() {
  std::size_t pos = 0;
  std::uint32_t cp = 0;
  if (auto header = read_yaml_header(original_)) {
    pos = header->end;
    cp = utf8::count_code_points(original_.substr(0, pos));
    out_.title = header->title;
    out_.source = header->source;
  }
  while (pos < original_.size()) {
    // find_first_of("\r\n") calls memchr per byte; a plain scan is several times faster.
    std::size_t eol = pos;
    while (eol < original_.size() && original_[eol] != '\n' && original_[eol] != '\r') ++eol;
    RawLine raw{original_.substr(pos, eol - pos), cp};
    std::uint32_t line_cps = utf8::count_code_points(raw.bytes);
    process_line(raw, cp + line_cps);
    cp += line_cps;
    pos = eol;
    if (pos < original_.size()) {
      // CRLF counts as two code points of the original but ends one line.
      bool crlf =
          original_[pos] == '\r' && pos + 1 < original_.size() && original_[pos + 1] == '\n';
      pos += crlf ? 2 : 1;
      cp += crlf ? 2 : 1;
    }
  }
  if (split_extra_ > 0) {
    warn("split_paragraph",
         std::to_string(split_extra_) +
             " more line breaks inside sentences removed (hard-wrapped text?)",
         split_rest_);
  }
  if (traditional_extra_ > 0) {
    warn("traditional",
         std::to_string(traditional_extra_) +
             " more runs of traditional characters folded to simplified",
         traditional_rest_);
  }
  out_.map.finish(static_cast<std::uint32_t>(out_.text.size()), cp);
  std::stable_sort(out_.warnings.begin(), out_.warnings.end(),
                   [](const Warning& a, const Warning& b) { return a.span.begin < b.span.begin; });
  if (!out_.title.empty()) {
    // The title is text too: the same character rules, on a line of its own.
    CharLine title;
    std::string_view t = out_.title;
    for (std::size_t i = 0; i < t.size();) title.push_back({utf8::next_code_point(t, i), 0});
    apply_char_rules(title, nullptr);
    out_.title.clear();
    for (const Char& c : title) utf8::append_utf8(out_.title, c.cp);
  }
  return std::move(out_);
}

void Normalizer::apply_char_rules(CharLine& line, const RawLine* raw) {
  spans_.clear();
  const std::uint32_t first_orig = line.empty() ? 0 : line.front().orig;
  const std::uint32_t last_orig = line.empty() ? 0 : line.back().orig;
  remove_page_markers(line, spans_);
  if (raw != nullptr) {
    for (Span s : spans_) {
      warn("page_marker", "page-continuation marker removed: " + std::string(slice(*raw, s)), s);
      // A marker that opens or closes the line stands at a page break.
      if (s.begin == first_orig) marker_at_start_ = true;
      if (s.end == last_orig + 1) marker_at_end_ = true;
    }
  }
  fold_width(line);
  spans_.clear();
  traditional_.fold_line(line, spans_);
  if (raw != nullptr) {
    for (Span s : spans_) {
      if (traditional_warnings_ < kMaxTraditionalWarnings) {
        ++traditional_warnings_;
        std::string from(slice(*raw, s));
        std::string to;
        for (const Char& c : line) {
          if (c.orig >= s.begin && c.orig < s.end) utf8::append_utf8(to, c.cp);
        }
        warn("traditional",
             "traditional characters folded to simplified for analysis: " + from + " -> " + to, s);
      } else {
        if (traditional_extra_++ == 0) traditional_rest_.begin = s.begin;
        traditional_rest_.end = s.end;
      }
    }
  }
  fold_punctuation(line);
  tidy_spaces(line);
}

void Normalizer::process_line(const RawLine& raw, std::uint32_t terminator_cp) {
  line_.clear();
  std::uint32_t cp = raw.first_cp;
  std::size_t leading_space = 0;
  bool counting_indent = true;
  for (std::size_t i = 0; i < raw.bytes.size();) {
    char32_t c = utf8::next_code_point(raw.bytes, i);
    if (counting_indent) {
      if (is_space(c)) {
        leading_space += c == 0x3000 ? 2 : 1;
      } else {
        counting_indent = false;
      }
    }
    line_.push_back({c, cp++});
  }
  marker_at_start_ = marker_at_end_ = false;
  remove_html_comments(line_, in_comment_);
  // Trim, so that block markup is at the start of the line.
  std::size_t b = 0;
  while (b < line_.size() && is_space(line_[b].cp)) ++b;
  erase_chars(line_, 0, b);
  while (!line_.empty() && is_space(line_.back().cp)) line_.pop_back();
  if (line_.empty()) return;

  MarkdownLine md = strip_markdown(line_);
  if (md.drop || line_.empty()) return;
  if (is_boilerplate_line(line_)) {
    Span s{line_.front().orig, line_.back().orig + 1};
    warn("boilerplate", "web page boilerplate removed: " + std::string(slice(raw, s)), s);
    return;
  }
  apply_char_rules(line_, &raw);
  if (line_.empty()) {
    page_break_ = page_break_ || marker_at_start_;  // a line of markers only
    return;
  }
  if (prose_seen_ && is_running_header(line_)) {
    Span s{line_.front().orig, line_.back().orig + 1};
    warn("boilerplate", "running page header removed: " + std::string(slice(raw, s)), s);
    return;
  }
  emit(md, leading_space >= 2, terminator_cp);
}

void Normalizer::emit(const MarkdownLine& md, bool indented, std::uint32_t terminator_cp) {
  line_text_.clear();
  for (const Char& c : line_) utf8::append_utf8(line_text_, c.cp);
  bool markup =
      md.heading_level > 0 || md.bold_line || md.bold_lead || md.list_item || md.table_row;

  if (have_prev_) {
    JoinLine prev{prev_tail_, prev_markup_, false, prev_finished_, prev_long_};
    bool join =
        continues_paragraph(prev, {line_text_, markup, indented}, page_break_ || marker_at_start_);
    if (join) {
      Span s{prev_last_orig_, line_.front().orig + 1};
      if (split_warnings_ < kMaxSplitWarnings) {
        ++split_warnings_;
        warn("split_paragraph",
             "paragraph split at a page break rejoined: …" + tail_chars(prev_line_, 8) + " | " +
                 head_chars(line_text_, 8) + "…",
             s);
      } else {
        if (split_extra_++ == 0) split_rest_.begin = s.begin;
        split_rest_.end = s.end;
      }
      // Two English words keep a space between them; Chinese and numbers join directly.
      if (is_ascii_letter(static_cast<unsigned char>(prev_line_.back())) &&
          is_ascii_letter(static_cast<unsigned char>(line_text_[0]))) {
        out_.map.push(static_cast<std::uint32_t>(out_.text.size()), prev_terminator_);
        out_.text += ' ';
      }
    } else {
      out_.map.push(static_cast<std::uint32_t>(out_.text.size()), prev_terminator_);
      out_.text += '\n';
    }
    if (!join) {
      prev_tail_.clear();
      prev_finished_ = prev_long_ = false;
    }
  }
  const auto line_begin = static_cast<std::uint32_t>(out_.text.size());
  if (markup) {
    LineMarkup m;
    m.line_begin = line_begin;
    m.heading_level = md.heading_level;
    m.bold_line = md.bold_line;
    m.list_item = md.list_item;
    m.table_row = md.table_row;
    out_.markup.push_back(m);
  }
  // line_text_ holds the line's bytes already: copy them and walk the code points for the map.
  std::size_t byte = 0;
  for (const Char& c : line_) {
    const auto at = static_cast<std::uint32_t>(line_begin + byte);
    if (md.bold_lead && c.orig >= md.bold_end && out_.markup.back().bold_end == 0) {
      out_.markup.back().bold_end = at;
    }
    out_.map.push(at, c.orig);
    byte += c.cp < 0x80 ? 1 : c.cp < 0x800 ? 2 : c.cp < 0x10000 ? 3 : 4;
  }
  out_.text += line_text_;
  if (md.bold_lead && out_.markup.back().bold_end == 0) {
    out_.markup.back().bold_end = static_cast<std::uint32_t>(out_.text.size());
  }
  remember_tail();
  prev_markup_ = markup;
  have_prev_ = true;
  prev_terminator_ = terminator_cp;
  prev_last_orig_ = line_.back().orig;
  page_break_ = marker_at_end_;
  prose_seen_ = prose_seen_ || line_text_.find("。") != std::string::npos;
  prev_line_.swap(line_text_);
}

void Normalizer::remember_tail() {
  // The join rule needs the paragraph's open end: the text after its last sentence end. Keeping
  // only that (and at most kMaxTail bytes of it) keeps hard-wrapped text linear.
  constexpr std::size_t kMaxTail = 1024;
  std::size_t after_end = 0;
  for (std::size_t i = 0; i < line_text_.size();) {
    if (is_sentence_end(utf8::next_code_point(line_text_, i))) after_end = i;
  }
  if (after_end > 0) {
    prev_tail_.assign(line_text_, after_end);
    prev_finished_ = true;
    prev_long_ = false;
  } else {
    prev_tail_ += line_text_;
  }
  if (prev_tail_.size() > kMaxTail) {
    // Only its last character matters now: keep the last few bytes, on a code point boundary.
    std::uint32_t at = static_cast<std::uint32_t>(prev_tail_.size());
    for (int k = 0; k < 8; ++k) at = utf8::previous_boundary(prev_tail_, at);
    prev_tail_.erase(0, at);
    prev_long_ = true;
  }
}

}  // namespace

Normalized normalize(std::string_view original) { return Normalizer(original).run(); }

}  // namespace zz::text
