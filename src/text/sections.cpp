// find_sections(): heading candidates from markup, numbering and lead sentences, then the outline
// tree from the order in which numbering styles appear (a style seen before closes everything
// opened after it; a new style opens a level below the current one).
#include "sections.hpp"

#include <string>
#include <string_view>

#include "heading_marker.hpp"
#include "zzreport/text/char_class.hpp"
#include "zzreport/text/utf8.hpp"

namespace zz::text {
namespace {

// Limits in code points, measured on the corpus (docs/text.md): numbered heading lines are at most
// about 40 characters, numbered lead sentences ((一)突出“聚焦”,彰显高质量发展新担当。) about 30.
constexpr std::uint32_t kMaxHeadingChars = 60;
constexpr std::uint32_t kMaxLeadChars = 50;
constexpr std::uint32_t kMinUnmarkedLeadChars = 4;
constexpr std::uint32_t kMaxUnmarkedLeadChars = 24;

struct Candidate {
  std::size_t paragraph = 0;
  ByteRange heading;             // marker and title, without trailing punctuation
  std::uint32_t marker_end = 0;  // byte offset where the marker ends (heading.begin if none)
  std::string key;               // the numbering style, or the kind of markup
  bool hinted = false;           // Markdown heading or bold
  bool marked = false;           // has a numbering marker
  bool lead = false;
};

char32_t last_cp(std::string_view s) {
  if (s.empty()) return 0;
  std::size_t i = utf8::previous_boundary(s, static_cast<std::uint32_t>(s.size()));
  return utf8::next_code_point(s, i);
}

char32_t first_cp(std::string_view s) {
  if (s.empty()) return 0;
  std::size_t i = 0;
  return utf8::next_code_point(s, i);
}

/// Drops trailing punctuation (。：；，！？ and ASCII forms) and spaces from a heading.
ByteRange trim_heading(std::string_view text, ByteRange r) {
  while (r.end > r.begin) {
    std::uint32_t at = utf8::previous_boundary(text, r.end);
    if (at < r.begin) break;
    std::size_t i = at;
    char32_t c = utf8::next_code_point(text, i);
    bool drop = is_sentence_end(c) || c == U'：' || c == U':' || c == U'，' || c == U',' ||
                c == U'、' || c == U' ';
    if (!drop) break;
    r.end = at;
  }
  return r;
}

bool has_sentence_end_before(std::string_view s, std::size_t end) {
  for (std::size_t i = 0; i < end && i < s.size();) {
    if (is_sentence_end(utf8::next_code_point(s, i)) && i < end) return true;
  }
  return false;
}

bool ends_with_colon(std::string_view s) {
  char32_t c = last_cp(s);
  return c == U'：' || c == U':';
}

/// Outline keys: "m<style>" for numbering, "h<level>" for Markdown headings, "b" for bold lines.
std::string key_of(char kind, int n) {
  std::string key(1, kind);
  key += static_cast<char>('0' + n);
  return key;
}

/// An unmarked lead sentence: short, ends in 。, no commas or colons inside, more text after it.
bool is_unmarked_lead(std::string_view sentence, bool more_after) {
  if (!more_after || sentence.empty()) return false;
  std::uint32_t n = utf8::count_code_points(sentence);
  if (n < kMinUnmarkedLeadChars + 1 || n > kMaxUnmarkedLeadChars + 1) return false;
  std::size_t i = 0;
  std::uint32_t k = 0;
  while (i < sentence.size()) {
    char32_t c = utf8::next_code_point(sentence, i);
    ++k;
    if (k == n) return c == U'。';
    bool allowed = is_han(c) || is_ascii_alnum(c) ||
                   std::u32string_view(U"“”‘’《》「」『』").find(c) != std::u32string_view::npos;
    if (!allowed) return false;
  }
  return false;
}

class SectionFinder {
 public:
  SectionFinder(Document& doc, const std::vector<LineMarkup>& markup,
                const std::vector<std::size_t>& first_sentence)
      : doc_(doc), markup_(markup), first_sentence_(first_sentence) {}

  void run(std::size_t first_body);

 private:
  std::optional<Candidate> evaluate(std::size_t p) const;
  void nest(const std::vector<Candidate>& candidates);

  Document& doc_;
  const std::vector<LineMarkup>& markup_;
  const std::vector<std::size_t>& first_sentence_;
};

std::optional<Candidate> SectionFinder::evaluate(std::size_t p) const {
  const LineMarkup& m = markup_[p];
  if (m.list_item || m.table_row) return std::nullopt;
  const ByteRange range = doc_.paragraphs[p].range;
  std::string_view text = doc_.slice(range);
  auto marker = match_heading_marker(text);
  Candidate c;
  c.paragraph = p;
  c.marked = marker.has_value();
  c.marker_end = range.begin + (marker ? marker->length : 0);
  if (marker) c.key = key_of('m', static_cast<int>(marker->style));
  const std::uint32_t chars = utf8::count_code_points(text);

  if (m.heading_level > 0 || m.bold_line) {
    if (text == "目录" || (!c.marked && ends_with_colon(text))) return std::nullopt;
    if (chars > kMaxHeadingChars && has_sentence_end_before(text, text.size() - 3))
      return std::nullopt;
    c.hinted = true;
    if (!c.marked) c.key = m.heading_level > 0 ? key_of('h', m.heading_level) : "b";
    c.heading = trim_heading(doc_.text, range);
  } else if (m.bold_end > range.begin) {
    ByteRange bold{range.begin, std::min(m.bold_end, range.end)};
    std::string_view bold_text = doc_.slice(bold);
    if (!c.marked && ends_with_colon(bold_text)) return std::nullopt;
    if (utf8::count_code_points(bold_text) > kMaxLeadChars + 10) return std::nullopt;
    c.hinted = true;
    c.lead = true;
    if (!c.marked) c.key = "bold_lead";
    c.heading = trim_heading(doc_.text, bold);
  } else if (c.marked) {
    const Sentence& first = doc_.sentences[first_sentence_[p]];
    bool single = first.range.end >= range.end;
    if (chars <= kMaxHeadingChars && (single || !has_sentence_end_before(text, text.size() - 3))) {
      c.heading = trim_heading(doc_.text, range);
    } else if (!single && utf8::count_code_points(doc_.slice(first.range)) <= kMaxLeadChars) {
      c.lead = true;
      c.heading = trim_heading(doc_.text, first.range);
    } else {
      return std::nullopt;
    }
  } else {
    const Sentence& first = doc_.sentences[first_sentence_[p]];
    if (!is_unmarked_lead(doc_.slice(first.range), first.range.end < range.end))
      return std::nullopt;
    c.key = "lead";
    c.lead = true;
    c.heading = trim_heading(doc_.text, first.range);
  }
  if (c.heading.end <= c.marker_end) return std::nullopt;  // a number with no title
  return c;
}

void SectionFinder::run(std::size_t first_body) {
  std::vector<Candidate> accepted;
  // Unmarked lead sentences count only in series: another lead of the same section starts with the
  // same character (聚焦打造… / 聚焦推进… / 聚焦建设…; 推动… / 推动…).
  std::vector<std::pair<std::size_t, Candidate>> leads;  // (sections before it, candidate)
  for (std::size_t p = first_body; p < doc_.paragraphs.size(); ++p) {
    auto c = evaluate(p);
    if (!c) continue;
    if (c->key == "lead") {
      leads.emplace_back(accepted.size(), std::move(*c));
    } else {
      accepted.push_back(std::move(*c));
    }
  }
  std::vector<Candidate> all;
  all.reserve(accepted.size() + leads.size());
  std::size_t next_lead = 0;
  for (std::size_t a = 0; a <= accepted.size(); ++a) {
    for (; next_lead < leads.size() && leads[next_lead].first == a; ++next_lead) {
      const Candidate& lead = leads[next_lead].second;
      char32_t first = first_cp(doc_.slice(lead.heading));
      bool series = false;
      for (const auto& [context, other] : leads) {
        if (context == a && &other != &lead && first_cp(doc_.slice(other.heading)) == first) {
          series = true;
          break;
        }
      }
      if (series) all.push_back(lead);
    }
    if (a < accepted.size()) all.push_back(std::move(accepted[a]));
  }
  nest(all);
}

void SectionFinder::nest(const std::vector<Candidate>& candidates) {
  struct Open {
    std::string key;
    std::uint32_t section;
    bool hinted;
  };
  std::vector<Open> stack;
  for (const Candidate& c : candidates) {
    // Lead sentences without a number are leaves: the next heading closes them.
    while (!stack.empty() && stack.back().key == "lead" && c.key != "lead") stack.pop_back();
    std::size_t depth = stack.size();
    for (std::size_t k = 0; k < stack.size(); ++k) {
      if (stack[k].key == c.key) {
        depth = k;
        break;
      }
    }
    if (depth == stack.size() && c.hinted && !c.marked && !c.lead) {
      // A bold or Markdown heading line without a number, of a kind not seen yet (**名词解释**
      // after **一、…**), stands beside the outermost bold or Markdown heading, not under the last.
      for (std::size_t k = 0; k < stack.size(); ++k) {
        if (stack[k].hinted) {
          depth = k;
          break;
        }
      }
    }
    stack.resize(depth);
    Section s;
    s.level = static_cast<int>(depth) + 1;
    s.heading = c.heading;
    s.span = doc_.span_of(c.heading);
    s.marker = std::string(doc_.slice({c.heading.begin, c.marker_end}));
    ByteRange title{c.marker_end, c.heading.end};
    while (title.begin < title.end && doc_.text[title.begin] == ' ') ++title.begin;
    s.title = std::string(doc_.slice(title));
    s.lead = c.lead;
    if (!stack.empty()) s.parent = stack.back().section;
    const auto index = static_cast<std::uint32_t>(doc_.sections.size());
    doc_.sections.push_back(std::move(s));
    stack.push_back({c.key, index, c.hinted});
  }
  // Bodies: from a heading to the next heading at the same or a higher level.
  const auto end = static_cast<std::uint32_t>(doc_.text.size());
  for (std::size_t i = 0; i < doc_.sections.size(); ++i) {
    Section& s = doc_.sections[i];
    s.body = {s.heading.begin, end};
    for (std::size_t j = i + 1; j < doc_.sections.size(); ++j) {
      if (doc_.sections[j].level <= s.level) {
        s.body.end = doc_.sections[j].heading.begin;
        break;
      }
    }
  }
}

}  // namespace

void find_sections(Document& doc, const std::vector<LineMarkup>& markup,
                   const std::vector<std::size_t>& first_sentence, std::size_t first_body) {
  SectionFinder(doc, markup, first_sentence).run(first_body);
}

}  // namespace zz::text
