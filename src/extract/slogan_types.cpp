// classify_slogan(): the kind of a quoted term, evidence by evidence (slogan_types.hpp); the rule
// words of data/rules/quoted_terms.tsv.
#include "zzreport/extract/slogan_types.hpp"

#include <algorithm>

#include "role_words.hpp"
#include "zzreport/extract/idf_table.hpp"
#include "zzreport/extract/stop_words.hpp"
#include "zzreport/segment/segmenter.hpp"
#include "zzreport/segment/transliteration.hpp"
#include "zzreport/text/data_file.hpp"
#include "zzreport/text/numerals.hpp"
#include "zzreport/text/regions.hpp"
#include "zzreport/text/utf8.hpp"

namespace zz::extract {

using text::chinese_digit;
using text::is_chinese_numeral;
namespace {

bool contains(std::u32string_view set, char32_t cp) {
  return set.find(cp) != std::u32string_view::npos;
}

bool is_digit(char32_t cp) { return (cp >= U'0' && cp <= U'9') || (cp >= U'０' && cp <= U'９'); }
bool is_letter(char32_t cp) {
  return (cp >= U'a' && cp <= U'z') || (cp >= U'A' && cp <= U'Z') || (cp >= U'ａ' && cp <= U'ｚ') ||
         (cp >= U'Ａ' && cp <= U'Ｚ');
}
bool is_plus(char32_t cp) { return cp == U'+' || cp == U'＋'; }

/// A numeral that counts by itself: 二 to 九, 两, 十, 百, 千, 万, 双 (一 only in some places; 零
/// and 〇 count nothing: 零距离, 破零倍增).
bool is_counting_numeral(char32_t cp) {
  return chinese_digit(cp) >= 2 || cp == U'十' || cp == U'百' || cp == U'千' || cp == U'万' ||
         cp == U'双';
}

bool is_term_numeral(char32_t cp) { return is_chinese_numeral(cp) || cp == U'双'; }

// The kinds in the order of the rules of classify_slogan(), each a function of the term.

/// Rule 2: Han numerals alone; nullopt otherwise.
std::optional<SloganType> numerals_alone(std::u32string_view t) {
  if (!std::all_of(t.begin(), t.end(), is_term_numeral)) return std::nullopt;
  // A five-year plan: 九五, 十五, 十一五, 十四五 (and the fifth legal-education plan, 五五).
  if (t.size() >= 2 && t.back() == U'五') return SloganType::name;
  // A day of the calendar: 七一, 五四, 三八 (not 双百, 十百千).
  if (t.size() == 2 && chinese_digit(t[0]) >= 1 && chinese_digit(t[1]) >= 1)
    return SloganType::name;
  return SloganType::numbered;
}

/// A numeral at `i` that counts: not after an ordinal (第一), not before a measure (三年目标).
bool counts_at(std::u32string_view t, std::size_t i, const QuotedTermRules& rules) {
  if (i > 0 && rules.is_ordinal(t[i - 1])) return false;
  std::size_t end = i;
  while (end < t.size() && is_term_numeral(t[end])) ++end;
  return rules.measure_at(t, end) == 0;
}

/// Rule 4: a numeral that counts, or 一 alternating with single characters (一带一路).
bool is_numbered(std::u32string_view t, const QuotedTermRules& rules) {
  std::vector<std::size_t> ones;
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (is_counting_numeral(t[i]) && counts_at(t, i, rules)) return true;
    if (t[i] != U'一') continue;
    if (i + 1 < t.size() && rules.is_counted_one(t[i + 1]) && counts_at(t, i, rules)) return true;
    if (i == 0 || !is_term_numeral(t[i - 1])) ones.push_back(i);
  }
  if (ones.size() < 2) return false;
  for (std::size_t k = 1; k < ones.size(); ++k) {
    if (ones[k] - ones[k - 1] != 2) return false;
  }
  return true;
}

/// Rule 1: a term with Latin letters, digits or a plus sign; nullopt when it has none.
std::optional<SloganType> latin_or_digits(std::u32string_view t, const QuotedTermRules& rules) {
  bool digits = false, letters = false, han = false, plus = false;
  for (char32_t cp : t) {
    digits = digits || is_digit(cp);
    letters = letters || is_letter(cp);
    plus = plus || is_plus(cp);
    han = han || (!is_digit(cp) && !is_letter(cp) && !is_plus(cp) && cp >= 0x2E80);
  }
  if (!digits && !letters) return plus ? std::optional(SloganType::slogan) : std::nullopt;
  // 3+3+2, 1+N; 互联网+, 5G+工业互联网
  if (plus) return digits && !han ? SloganType::numbered : SloganType::slogan;
  if (!han) return digits && !letters ? SloganType::name : SloganType::term;  // 12345; APP
  // The Han words around the number, without its magnitude (净增10万就业岗位: no count).
  std::u32string words;
  for (std::size_t i = 0; i < t.size(); ++i) {
    bool number = is_digit(t[i]) || is_letter(t[i]) ||
                  (i > 0 && is_digit(t[i - 1]) && is_chinese_numeral(t[i]));
    if (!number) words += t[i];
  }
  if (is_numbered(words, rules)) return SloganType::numbered;  // 两个80%
  // Digits first and a classifier after them count (30条); Han first names a model (神24).
  std::size_t k = 0;
  while (k < t.size() && is_digit(t[k])) ++k;
  if (k > 0 && k < t.size() && rules.is_classifier(t[k]) && !rules.has_name_suffix(t)) {
    return SloganType::numbered;
  }
  if (k > 0 && k < t.size() && rules.measure_at(t, k) > 0) return SloganType::slogan;  // 15分钟
  return SloganType::name;
}

/// A numeral followed by a classifier: the term counts the items of a list (四大工程, 百项工程).
bool counts_a_list(std::u32string_view t, const QuotedTermRules& rules) {
  for (std::size_t i = 0; i + 1 < t.size(); ++i) {
    if ((is_counting_numeral(t[i]) || t[i] == U'一') && rules.is_classifier(t[i + 1])) return true;
  }
  return false;
}

/// Rule 3: the marks of a name in the term itself.
bool looks_like_a_name(std::string_view term, std::u32string_view t, const SloganEvidence& e,
                       const QuotedTermRules& rules) {
  if (e.regions != nullptr && e.regions->find(term) != nullptr) return true;
  // 品牌 ends like 长安牌 but is a word of the language.
  bool word = e.segmenter != nullptr && e.segmenter->is_dictionary_word(term);
  if (rules.has_name_suffix(t) && !counts_a_list(t, rules) && !word) return true;
  for (std::size_t i = 1; i + 1 < t.size(); ++i) {
    if (rules.is_name_separator(t[i])) return true;
  }
  return t.size() >= 3 && std::all_of(t.begin(), t.end(), segment::is_transliteration_char) &&
         !word;
}

/// Rule 6: an ordinary word of the language, or one derived from it (生态化, 一站式).
bool is_ordinary_word(std::string_view term, std::u32string_view t, const SloganEvidence& e,
                      const QuotedTermRules& rules) {
  if (e.stop_words != nullptr && e.stop_words->contains(term)) return true;
  if (e.idf != nullptr && e.idf->documents() > 0) {
    std::uint32_t df = e.idf->document_frequency(term_key(term)).value_or(0);
    if (2 * df > e.idf->documents()) return true;
  }
  if (e.segmenter == nullptr) return false;
  // A word of two characters: ICU's longer entries are mostly set phrases and idioms, which
  // reports quote as slogans (走出去, 请进来, 能上能下).
  if (t.size() == 2 && e.segmenter->is_dictionary_word(term)) return true;
  if (t.size() < 3 || !rules.has_derivational_suffix(t)) return false;
  std::string stem;
  for (char32_t cp : t.substr(0, t.size() - 1)) text::utf8::append_utf8(stem, cp);
  return e.segmenter->is_dictionary_word(stem);
}

}  // namespace

std::string_view to_string(SloganType type) {
  switch (type) {
    case SloganType::numbered:
      return "numbered";
    case SloganType::slogan:
      return "slogan";
    case SloganType::name:
      return "name";
    case SloganType::term:
      return "term";
  }
  return "slogan";
}

SloganType classify_slogan(std::string_view term, const SloganEvidence& evidence, QuotedUse use) {
  static const QuotedTermRules kNoRules;
  const QuotedTermRules& rules = evidence.rules != nullptr ? *evidence.rules : kNoRules;
  std::u32string t = text::utf8::code_points(term);
  if (std::optional<SloganType> kind = latin_or_digits(t, rules)) return *kind;
  if (std::optional<SloganType> kind = numerals_alone(t)) return *kind;
  if (looks_like_a_name(term, t, evidence, rules)) return SloganType::name;
  if (is_numbered(t, rules)) return SloganType::numbered;
  if (use.before_name_head) return SloganType::name;
  if (is_ordinary_word(term, t, evidence, rules)) return SloganType::term;
  return SloganType::slogan;
}

// QuotedTermRules

QuotedTermRules QuotedTermRules::read(const std::string& path) {
  return parse(text::DataFile::read(path, "the quoted-term rules"));
}

QuotedTermRules QuotedTermRules::parse(const text::DataFile& file) {
  auto words =
      read_role_words(file,
                      {"name_suffix", "name_head", "list_end", "name_separator", "classifier",
                       "measure", "ordinal", "counted_one", "derivational_suffix"},
                      {"name_separator", "classifier", "ordinal", "counted_one"});
  auto of = [&](std::string_view role) {
    auto it = words.find(role);
    return it == words.end() ? std::vector<std::string>{} : it->second;
  };
  auto decoded = [&](std::string_view role) {
    std::vector<std::u32string> out;
    for (const std::string& w : of(role)) out.push_back(text::utf8::code_points(w));
    return out;
  };
  // The roles of single characters, as one string each.
  auto characters = [&](std::string_view role) {
    std::u32string out;
    for (const std::u32string& w : decoded(role)) out += w;
    return out;
  };
  QuotedTermRules rules;
  rules.name_suffixes_ = decoded("name_suffix");
  rules.name_heads_ = of("name_head");
  rules.list_ends_ = of("list_end");
  rules.measures_ = decoded("measure");
  rules.derivational_suffixes_ = decoded("derivational_suffix");
  rules.name_separators_ = characters("name_separator");
  rules.classifiers_ = characters("classifier");
  rules.ordinals_ = characters("ordinal");
  rules.counted_ones_ = characters("counted_one");
  return rules;
}

bool QuotedTermRules::empty() const {
  return name_suffixes_.empty() && name_heads_.empty() && list_ends_.empty() && measures_.empty() &&
         derivational_suffixes_.empty() && name_separators_.empty() && classifiers_.empty() &&
         ordinals_.empty() && counted_ones_.empty();
}

namespace {

/// True when `term` ends with one of `suffixes` and is longer than it.
bool ends_with_one_of(std::u32string_view term, const std::vector<std::u32string>& suffixes) {
  return std::any_of(suffixes.begin(), suffixes.end(), [&](const std::u32string& suffix) {
    return term.size() > suffix.size() && term.ends_with(suffix);
  });
}

/// The length of the word of `words` that `text` starts with, or 0.
std::size_t starts_with_one_of(std::string_view text, const std::vector<std::string>& words) {
  for (const std::string& w : words) {
    if (text.starts_with(w)) return w.size();
  }
  return 0;
}

}  // namespace

bool QuotedTermRules::has_name_suffix(std::u32string_view term) const {
  return ends_with_one_of(term, name_suffixes_);
}

bool QuotedTermRules::has_derivational_suffix(std::u32string_view term) const {
  return ends_with_one_of(term, derivational_suffixes_);
}

bool QuotedTermRules::starts_with_name_head(std::string_view text) const {
  return starts_with_one_of(text, name_heads_) > 0;
}

std::size_t QuotedTermRules::list_end_at(std::string_view text) const {
  return starts_with_one_of(text, list_ends_);
}

bool QuotedTermRules::is_name_separator(char32_t cp) const {
  return contains(name_separators_, cp);
}
bool QuotedTermRules::is_classifier(char32_t cp) const { return contains(classifiers_, cp); }
bool QuotedTermRules::is_ordinal(char32_t cp) const { return contains(ordinals_, cp); }
bool QuotedTermRules::is_counted_one(char32_t cp) const { return contains(counted_ones_, cp); }

std::size_t QuotedTermRules::measure_at(std::u32string_view term, std::size_t at) const {
  if (at >= term.size()) return 0;
  for (const std::u32string& d : measures_) {
    if (term.substr(at).starts_with(d)) return d.size();
  }
  return 0;
}

}  // namespace zz::extract
