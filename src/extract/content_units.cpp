// collect_units(): which tokens can be keywords and where a phrase must stop.
#include "content_units.hpp"

#include <algorithm>
#include <array>
#include <string_view>

#include "flat_map.hpp"
#include "zzreport/extract/stop_words.hpp"
#include "zzreport/text/utf8.hpp"

namespace zz::extract {
namespace {

constexpr std::array<std::string_view, 9> kQuoteMarks = {"“", "”", "‘", "’", "\"", "「", "」", "『", "』"};

// Han numerals and magnitudes: 五千 and 一九七七 are numbers, whatever type the segmenter gave them.
constexpr std::u32string_view kNumerals = U"〇零一二两三四五六七八九十百千万亿点分";  // 十二点八, 百分

bool all_numerals(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    if (kNumerals.find(text::utf8::next_code_point(s, i)) == std::u32string_view::npos) return false;
  }
  return true;
}

/// Numerals in `term` when it is numerals with at most one measure character after them
/// (一九八二年, 十八亿, 三个), otherwise 0.
std::uint32_t numeral_count(std::string_view term) {
  constexpr std::u32string_view kMeasures = U"年月日号元个项次倍家人";
  std::size_t cut = term.size();
  if (cut == 0) return 0;
  std::uint32_t last = text::utf8::previous_boundary(term, static_cast<std::uint32_t>(cut));
  std::size_t i = last;
  if (kMeasures.find(text::utf8::next_code_point(term, i)) != std::u32string_view::npos) cut = last;
  std::string_view numeral = term.substr(0, cut);
  return all_numerals(numeral) ? text::utf8::count_code_points(numeral) : 0;
}

}  // namespace

bool is_quote_mark(std::string_view token) {
  for (std::string_view q : kQuoteMarks) {
    if (token == q) return true;
  }
  return false;
}

void collect_units(std::string_view text, std::span<const segment::Token> tokens,
                   const StopWords* stop_words, std::vector<Unit>& out) {
  using segment::TokenType;
  constexpr std::uint32_t kNoId = 0xFFFFFFFFu;
  // What the loop asks of a token's text, computed once per distinct text.
  struct TextFacts {
    bool stop = false;
    std::uint32_t numerals = 0;  // numeral_count()
    std::uint32_t chars = 0;
    std::uint32_t id = kNoId;  // Unit::id, given when the text first makes a unit
  };
  // Sized for a report's vocabulary and grown on demand: sizing by the token count reserved
  // 24 bytes a token (200 MB for a 50 MB line of text) for what is a few thousand distinct words.
  FlatMap<std::string_view, std::uint32_t, StringViewHash> index(std::min<std::size_t>(tokens.size() / 2, 1u << 14));
  std::vector<TextFacts> facts;
  std::uint32_t next_id = 0;
  auto facts_of = [&](const segment::Token& t) -> std::uint32_t {
    std::string_view s = text.substr(t.begin, t.end - t.begin);
    auto [slot, inserted] = index.try_emplace(s);
    if (inserted) {
      slot = static_cast<std::uint32_t>(facts.size());
      facts.push_back({stop_words != nullptr && stop_words->contains(s), numeral_count(s),
                       text::utf8::count_code_points(s)});
    }
    return slot;
  };
  bool run_start = true;
  bool glued = false;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const segment::Token& token = tokens[i];
    bool content = token.type == TokenType::word || token.type == TokenType::latin ||
                   token.type == TokenType::slogan;
    std::uint32_t f = content ? facts_of(token) : kNoId;
    if (content && facts[f].stop) content = false;
    if (content && token.type == TokenType::word) {
      // Numeral words side by side (一九/八/二年) and numeral words after a number (5000/万)
      // make one number, which is not content.
      std::uint32_t numerals = facts[f].numerals;
      std::size_t j = i + 1;
      while (numerals > 0 && j < tokens.size() && tokens[j].type == TokenType::word) {
        std::uint32_t more = facts[facts_of(tokens[j])].numerals;
        if (more == 0) break;
        numerals += more;
        ++j;
      }
      bool after_number = i > 0 && tokens[i - 1].type == TokenType::number;
      if (numerals >= 2 || (numerals > 0 && after_number)) {
        i = j - 1;
        run_start = true;
        glued = false;
        continue;
      }
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
    if (facts[f].id == kNoId) facts[f].id = next_id++;
    out.push_back({token.begin, token.end, facts[f].chars, run_start, glued, token.type, facts[f].id});
    run_start = false;
    glued = false;
  }
}

}  // namespace zz::extract
