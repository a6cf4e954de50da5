// collect_units(): which tokens can be keywords and where a phrase must stop.
#include "content_units.hpp"

#include <algorithm>
#include <cstdint>
#include <iterator>  // std::begin, std::end
#include <string>
#include <string_view>

#include "word_map.hpp"
#include "zzreport/extract/keyword_types.hpp"
#include "zzreport/extract/stop_words.hpp"
#include "zzreport/text/char_class.hpp"
#include "zzreport/text/utf8.hpp"

namespace zz::extract {
namespace {

// Han numerals and magnitudes: 五千 and 一九七七 are numbers, whatever type the segmenter gave them
// (十二点八, 百分, 百分之百).
constexpr char32_t kNumerals[] = {U'〇', U'零', U'一', U'二', U'两', U'三', U'四',
                                  U'五', U'六', U'七', U'八', U'九', U'十', U'百',
                                  U'千', U'万', U'亿', U'点', U'分', U'之'};

// Nearly every new text of a report starts with no numeral, and the filter says so without a
// search.
constexpr text::CharFilter kNumeralFilter = [] {
  text::CharFilter filter;
  for (char32_t cp : kNumerals) filter.add(cp);
  return filter;
}();

bool is_numeral(char32_t cp) {
  return kNumeralFilter.may_contain(cp) &&
         std::find(std::begin(kNumerals), std::end(kNumerals), cp) != std::end(kNumerals);
}

// Measures that may follow numerals in one token: 一九八二年, 三个.
bool is_measure(char32_t cp) {
  switch (cp) {
    case U'年':
    case U'月':
    case U'日':
    case U'号':
    case U'元':
    case U'个':
    case U'项':
    case U'次':
    case U'倍':
    case U'家':
    case U'人':
      return true;
    default:
      return false;
  }
}

/// Numerals in `term` when it is numerals with at most one measure character after them
/// (一九八二年, 十八亿, 三个), otherwise 0. Most words fail at their first character.
std::uint32_t numeral_count(std::string_view term) {
  std::uint32_t numerals = 0;
  std::size_t i = 0;
  while (i < term.size()) {
    char32_t cp = text::utf8::next_code_point(term, i);
    if (!is_numeral(cp)) return i == term.size() && is_measure(cp) ? numerals : 0;
    ++numerals;
  }
  return numerals;
}

constexpr std::uint32_t kNoId = 0xFFFFFFFFu;

/// What collect_units() asks of a token's text: 8 bytes, kept in the table's slot beside the
/// text's key, so that the look-up of a token reads one cache line.
struct TextFacts {
  std::uint32_t id = kNoId;  // Unit::id, given when the text first makes a unit
  bool stop = false;
  bool one_char = false;
  bool division_suffix = false;  // the text is a division suffix alone (县, 区)
  std::uint8_t numerals = 0;     // numeral_count(), at most 255 (only > 0 and >= 2 are asked)
};

/// The facts of each distinct text of a document, worked out when the text is first seen. The stop
/// words are interned first, with facts that say so: a text of the document that is a stop word
/// finds its entry, and a new one needs no stop-word look-up (a few hundred insertions per document
/// instead of a look-up for each of its thousands of distinct words). The look-up of a text seen
/// before is the hot path of collect_units() and is kept inline; working out a new text's facts is
/// not.
class TextFactsTable {
 public:
  TextFactsTable(std::string_view text, const StopWords* stop_words, const KeywordTypeRules* rules,
                 std::size_t expected)
      : text_(text),
        rules_(rules),
        map_(expected + (stop_words != nullptr ? stop_words->size() : 0)) {
    if (stop_words == nullptr) return;
    for (const std::string& word : stop_words->words()) {
      auto [facts, inserted] = map_.try_emplace(word);
      if (inserted) add(facts, word, true);
    }
  }

  /// The facts of the token's text: valid until the next call.
  TextFacts& of(const segment::Token& t) {
    std::string_view s = text_.substr(t.begin, t.end - t.begin);
    auto [facts, inserted] = map_.try_emplace(s);
    if (inserted) add(facts, s, false);
    return facts;
  }

  std::vector<NameStem> stems;  // of the texts that end with a division or organisation suffix

 private:
  [[gnu::noinline]] void add(TextFacts& facts, std::string_view s, bool stop) {
    std::size_t one = 0;
    text::utf8::next_code_point(s, one);
    facts.stop = stop;
    facts.one_char = one == s.size();
    facts.numerals = static_cast<std::uint8_t>(std::min<std::uint32_t>(numeral_count(s), 255));
    if (rules_ != nullptr && !stop) add_stem(facts, s);
  }
  /// A stem of two characters or more before a suffix names a place or an organisation.
  /// Most texts are of two characters, too short for a stem and a suffix: they are not looked up.
  void add_stem(TextFacts& facts, std::string_view s) {
    std::uint32_t chars = text::utf8::count_code_points(s);
    if (chars == 1) {
      facts.division_suffix = rules_->division_suffix_of(s) == s.size();
      return;
    }
    if (chars < 3) return;
    std::size_t division = rules_->division_suffix_of(s);
    std::size_t organisation = rules_->organisation_suffix_of(s);
    for (auto [suffix, type] : {std::pair{division, KeywordType::place},
                                std::pair{organisation, KeywordType::organisation}}) {
      std::string_view stem = s.substr(0, s.size() - suffix);
      if (suffix > 0 && text::utf8::count_code_points(stem) >= 2) stems.push_back({stem, type});
    }
  }

  std::string_view text_;
  const KeywordTypeRules* rules_;
  WordMap<TextFacts> map_;
};

}  // namespace

bool is_quote_mark(std::string_view token) {
  // One code point, decoded and switched on: a comparison with each mark in turn cost a call to
  // memcmp per mark for every punctuation token (，。、 are three bytes long, as the marks are).
  if (token.empty() || token.size() > 3) return false;
  std::size_t i = 0;
  switch (text::utf8::next_code_point(token, i)) {
    case U'“':
    case U'”':
    case U'‘':
    case U'’':
    case U'"':
    case U'「':
    case U'」':
    case U'『':
    case U'』':
      return i == token.size();
    default:
      return false;
  }
}

ContentUnits collect_units(std::string_view text, std::span<const segment::Token> tokens,
                           const StopWords* stop_words, const KeywordTypeRules* rules) {
  using segment::TokenType;
  // Sized for a report's vocabulary and grown on demand: sizing by the token count reserved
  // memory in proportion to a 50 MB line of text for what is a few thousand distinct words.
  // A report of n tokens has about n / 3 distinct texts.
  std::size_t expected = std::min<std::size_t>(tokens.size() / 3, 1u << 12);
  TextFactsTable texts(text, stop_words, rules, expected);
  ContentUnits out;
  out.units.reserve(std::min<std::size_t>(tokens.size(), 1u << 16));
  out.id_counts.reserve(expected);
  bool run_start = true;
  bool glued = false;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const segment::Token& token = tokens[i];
    bool content = token.type == TokenType::word || token.type == TokenType::latin ||
                   token.type == TokenType::slogan;
    TextFacts* facts = content ? &texts.of(token) : nullptr;
    if (content && facts->stop) content = false;
    if (content && token.type == TokenType::word && facts->numerals > 0) {
      // Numeral words side by side (一九/八/二年) and numeral words after a number (5000/万)
      // make one number, which is not content.
      std::uint32_t numerals = facts->numerals;
      std::size_t j = i + 1;
      while (j < tokens.size() && tokens[j].type == TokenType::word) {
        std::uint32_t more = texts.of(tokens[j]).numerals;
        if (more == 0) break;
        numerals += more;
        ++j;
      }
      facts = &texts.of(token);  // the look-ups ahead may have moved it
      bool after_number = i > 0 && tokens[i - 1].type == TokenType::number;
      if (numerals >= 2 || after_number) {
        i = j - 1;
        run_start = true;
        glued = false;
        continue;
      }
    } else if (content && token.type == TokenType::word && facts->one_char && i > 0 &&
               tokens[i - 1].type == TokenType::number) {
      // A single character after a number is its classifier or measure (10个村, 第十届).
      run_start = true;
      glued = false;
      continue;
    }
    if (!content) {
      // A quotation mark inside a run is kept as glue; anything else ends the run.
      if (token.type == TokenType::punctuation && !run_start &&
          is_quote_mark(text.substr(token.begin, token.end - token.begin))) {
        glued = true;
      } else {
        run_start = true;
        glued = false;
      }
      continue;
    }
    if (facts->id == kNoId) {
      facts->id = static_cast<std::uint32_t>(out.id_counts.size());
      out.id_counts.push_back(0);
    }
    ++out.id_counts[facts->id];
    // 沭阳 县: the division suffix written as a word of its own names the word before it.
    if (facts->division_suffix && !out.units.empty() && out.units.back().end == token.begin) {
      const Unit& before = out.units.back();
      texts.stems.push_back(
          {text.substr(before.begin, before.end - before.begin), KeywordType::place});
    }
    out.units.push_back({token.begin, token.end, facts->id, facts->one_char, run_start, glued,
                         token.type == TokenType::slogan});
    run_start = false;
    glued = false;
  }
  out.stems = std::move(texts.stems);
  return out;
}

}  // namespace zz::extract
