// KeywordTyper::judge(): fragments and function phrases out, then place, organisation, slogan or
// term, each from evidence a lookup or two away.
#include "keyword_typer.hpp"

#include <algorithm>

#include "zzreport/extract/idf_table.hpp"
#include "zzreport/extract/keyword_types.hpp"
#include "zzreport/extract/stop_words.hpp"
#include "zzreport/text/char_class.hpp"
#include "zzreport/text/numerals.hpp"
#include "zzreport/text/regions.hpp"
#include "zzreport/text/utf8.hpp"

namespace zz::extract {

using text::is_han;
namespace {

// A term of the IDF table in at least this share of the corpus reports is a common word: a keyword
// that starts or ends inside one is a fragment (游水电开发 in 下游水电开发).
constexpr double kCommonShare = 0.05;
// A stem in fewer than this share of the corpus reports is a name (沭阳 of 沭阳县), not a common
// word before a division suffix (开发 of 开发区, 示范 of 示范区).
constexpr double kRareShare = 0.05;

constexpr std::string_view kOpenQuote = "“", kCloseQuote = "”";

// How many stop words a function phrase may have at its ends (应该 and 积极 of 应该积极地; 支持 of
// 支持万州): three is more than any found in the corpus's keyword lists.
constexpr int kMaxEdgeStopWords = 3;

}  // namespace

KeywordTyper::KeywordTyper(std::string_view text, std::vector<NameStem> stems, const IdfTable& idf,
                           const StopWords* stop_words, const text::RegionTable* regions,
                           const KeywordTypeRules* rules)
    : text_(text),
      stems_(std::move(stems)),
      idf_(idf),
      stop_words_(stop_words),
      regions_(regions),
      rules_(rules) {
  std::sort(stems_.begin(), stems_.end(), [](const NameStem& a, const NameStem& b) {
    return a.stem != b.stem ? a.stem < b.stem : a.type < b.type;
  });
}

bool KeywordTyper::is_common(std::string_view key) const {
  if (stop_words_ != nullptr && stop_words_->contains(key)) return true;
  std::uint32_t df = idf_.document_frequency(key).value_or(0);
  return idf_.documents() > 0 && df >= kCommonShare * idf_.documents();
}

bool KeywordTyper::is_rare(std::string_view key) const {
  std::uint32_t df = idf_.document_frequency(key).value_or(0);
  return idf_.documents() == 0 || df < kRareShare * idf_.documents();
}

bool KeywordTyper::is_fragment(std::string_view term, text::ByteRange first) const {
  // Each test below needs the keyword without an edge character to be a word of the table of two
  // characters at least, so a keyword of two characters is never a fragment: most candidates are,
  // and they are answered without a look-up.
  if (text::utf8::count_code_points(term) < 3) return false;
  std::size_t head = 0;
  char32_t first_char = text::utf8::next_code_point(term, head);
  std::size_t tail = text::utf8::previous_boundary(term, static_cast<std::uint32_t>(term.size()));
  // What is left of the keyword without its first or its last character is a word of the table;
  // each is looked up at most once, and only when a test gets that far.
  enum class Listed : std::uint8_t { unknown, no, yes };
  Listed without_head = Listed::unknown, without_tail = Listed::unknown;
  auto listed = [&](Listed& known, std::string_view rest) {
    if (known == Listed::unknown)
      known = idf_.document_frequency(term_key(rest)) ? Listed::yes : Listed::no;
    return known == Listed::yes;
  };
  // A stop word of one character at either end of a term of the table: 临沂至, 因危机.
  if (stop_words_ != nullptr) {
    if (stop_words_->contains(term.substr(0, head)) && listed(without_head, term.substr(head)))
      return true;
    if (stop_words_->contains(term.substr(tail)) && listed(without_tail, term.substr(0, tail)))
      return true;
  }
  // A stop word of two characters or more at either end, and what is left is a stop word or a
  // word of the table, once or after more such stop words: a verb or an adverb before an object or
  // a name (支持万州, 确保一季度, 落实新定位), function words glued into one lexicon token
  // (应该积极地, 使它们, 既然是, 要始终做到). A numbered formula is no function phrase (四个着力,
  // 一个桥头堡: 一个 is a stop word).
  if (stop_words_ != nullptr && !text::is_chinese_numeral(first_char) &&
      is_function_phrase(term, kMaxEdgeStopWords)) {
    return true;
  }
  // The character before and the first character, or the last and the one after, make a common
  // word, and the rest of the keyword is a word: the keyword starts or ends inside a word (位代表
  // of 各位代表, 型数控机床 of 大型数控机床), where a name that only follows a common word's first
  // character does not (世博会 after 在: 博会 is no word).
  if (first.begin > 0) {
    std::uint32_t before = text::utf8::previous_boundary(text_, first.begin);
    std::size_t at = before;
    if (is_han(text::utf8::next_code_point(text_, at)) &&
        is_common(text_.substr(before, first.begin + head - before)) &&
        listed(without_head, term.substr(head))) {
      return true;
    }
  }
  if (first.end < text_.size()) {
    std::size_t after = first.end;
    char32_t next = text::utf8::next_code_point(text_, after);
    std::string_view next_char = text_.substr(first.end, after - first.end);
    bool division = rules_ != nullptr && rules_->division_suffix_of(next_char) == next_char.size();
    if (is_han(next) && !division &&
        is_common(text_.substr(first.begin + tail, after - first.begin - tail)) &&
        listed(without_tail, term.substr(0, tail))) {
      return true;
    }
  }
  return false;
}

bool KeywordTyper::is_function_phrase(std::string_view term, int depth) const {
  // A stop word of two code points leaves one at least: three code points at least.
  if (depth == 0 || text::utf8::count_code_points(term) < 3) return false;
  // What is left once `edge` bytes are taken off the front (or the back): a function phrase when
  // it is a stop word or a word of the table, or when it is one in turn.
  auto rest_tells = [&](std::string_view rest) {
    if (stop_words_->contains(rest)) return true;
    if (text::utf8::count_code_points(rest) >= 2 &&
        idf_.document_frequency(term_key(rest)).has_value()) {
      return true;
    }
    return is_function_phrase(rest, depth - 1);
  };
  // Stop words of two code points or more at the front, then at the back, leaving one at least;
  // no edge longer than the longest stop word is looked up (a keyword may be a 20 MB Latin word).
  std::size_t longest = std::min(stop_words_->longest(), term.size() - 1);
  std::size_t edge = 0;
  text::utf8::next_code_point(term, edge);
  for (text::utf8::next_code_point(term, edge); edge <= longest;
       text::utf8::next_code_point(term, edge)) {
    if (stop_words_->contains(term.substr(0, edge)) && rest_tells(term.substr(edge))) return true;
  }
  auto before = [&](std::size_t at) {
    return text::utf8::previous_boundary(term, static_cast<std::uint32_t>(at));
  };
  for (std::size_t start = before(before(term.size())); start > 0 && term.size() - start <= longest;
       start = before(start)) {
    if (stop_words_->contains(term.substr(start)) && rest_tells(term.substr(0, start))) return true;
  }
  return false;
}

std::optional<KeywordType> KeywordTyper::stem_type(std::string_view term) const {
  auto it = std::lower_bound(stems_.begin(), stems_.end(), term,
                             [](const NameStem& s, std::string_view t) { return s.stem < t; });
  if (it == stems_.end() || it->stem != term || !is_rare(term_key(term))) return std::nullopt;
  return it->type;
}

bool KeywordTyper::has_suffix(std::string_view term, std::size_t suffix) const {
  std::string_view stem = term.substr(0, term.size() - suffix);
  if (suffix == 0 || text::utf8::count_code_points(stem) < 2) return false;
  // A common word before the suffix makes a kind, not a name (生态县, 示范县, 企业集团, 一流大学),
  // unless it is a region's name (北京大学).
  if (is_common(term_key(stem)) && (regions_ == nullptr || regions_->find(stem) == nullptr))
    return false;
  if (text::utf8::count_code_points(term.substr(term.size() - suffix)) > 1) return true;
  // A suffix of one character after a character it makes a common word with is that word's end
  // (城市, 格局), not a name's.
  std::uint32_t last_two =
      text::utf8::previous_boundary(term, static_cast<std::uint32_t>(term.size() - suffix));
  return !is_common(term.substr(last_two));
}

std::optional<KeywordType> KeywordTyper::judge(text::ByteRange first, bool slogan_units) const {
  std::string_view term = text_.substr(first.begin, first.end - first.begin);
  // A region's name is never a fragment (内蒙古 after 在, which makes 在内).
  if (regions_ != nullptr && regions_->find(term) != nullptr) return KeywordType::place;
  if (is_fragment(term, first)) return std::nullopt;
  if (std::optional<KeywordType> type = stem_type(term)) return type;
  // A stem of two characters and a suffix: three characters at least.
  if (rules_ != nullptr && text::utf8::count_code_points(term) >= 3) {
    if (has_suffix(term, rules_->place_suffix_of(term))) return KeywordType::place;
    if (has_suffix(term, rules_->organisation_suffix_of(term))) return KeywordType::organisation;
  }
  bool quoted = first.begin >= kOpenQuote.size() &&
                text_.substr(first.begin - kOpenQuote.size(), kOpenQuote.size()) == kOpenQuote &&
                text_.substr(first.end, kCloseQuote.size()) == kCloseQuote;
  if (quoted || slogan_units) return KeywordType::slogan;
  return KeywordType::term;
}

}  // namespace zz::extract
