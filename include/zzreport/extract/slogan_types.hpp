// Kinds of quoted terms: a numbered formulation (三高四新), a slogan (一网通办), a name (神24) or
// an ordinary word put in quotes (聚焦), from the term's characters, the words of
// data/rules/quoted_terms.tsv and the evidence the caller has loaded (docs/keywords.md).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "zzreport/extract/analysis.hpp"

namespace zz::text {
class DataFile;
class RegionTable;
}  // namespace zz::text

namespace zz::segment {
class Segmenter;
}

namespace zz::extract {

class IdfTable;
class StopWords;

/// The words of data/rules/quoted_terms.tsv by role (the file's header says what each means).
/// Immutable once read; loaded once per process and shared by threads.
class QuotedTermRules {
 public:
  /// The file's place in the data directory.
  static constexpr std::string_view kFile = "rules/quoted_terms.tsv";

  /// Reads `path`. Throws zz::Error(data) naming the file and line when it cannot be read, a line
  /// does not have two fields, or a role is unknown.
  static QuotedTermRules read(const std::string& path);
  /// Parses a file already read.
  static QuotedTermRules parse(const text::DataFile& file);

  bool empty() const;
  /// True when `term` ends with a name suffix and is longer than it (复兴号, not 号).
  bool has_name_suffix(std::u32string_view term) const;
  /// True when `text` (what follows a closing quotation mark) starts with a name head (计划, 品牌).
  bool starts_with_name_head(std::string_view text) const;
  /// The length in bytes of the list end `text` starts with (等), or 0.
  std::size_t list_end_at(std::string_view text) const;
  bool is_name_separator(char32_t cp) const;
  bool is_classifier(char32_t cp) const;
  bool is_ordinal(char32_t cp) const;
  bool is_counted_one(char32_t cp) const;
  /// The length of the measure word `term` has at `at` (年, 小时, 次), or 0.
  std::size_t measure_at(std::u32string_view term, std::size_t at) const;
  /// True when `term` is longer than a derivational suffix it ends with (生态化: 化).
  bool has_derivational_suffix(std::u32string_view term) const;

 private:
  std::vector<std::u32string> name_suffixes_;
  std::vector<std::string> name_heads_;
  std::vector<std::string> list_ends_;
  std::vector<std::u32string> measures_;
  std::vector<std::u32string> derivational_suffixes_;
  std::u32string name_separators_;
  std::u32string classifiers_;
  std::u32string ordinals_;
  std::u32string counted_ones_;
};

/// What classify_slogan() consults besides the term; a null member is evidence left unused.
struct SloganEvidence {
  const QuotedTermRules* rules = nullptr;
  const IdfTable* idf = nullptr;                  ///< a term in most reports is an ordinary word
  const StopWords* stop_words = nullptr;          ///< a stop word is an ordinary word
  const segment::Segmenter* segmenter = nullptr;  ///< ICU's dictionary: words of general language
  const text::RegionTable* regions = nullptr;     ///< a region's name is a name
};

/// What the term's document says about it.
struct QuotedUse {
  /// An occurrence is followed by a name head (“星火”计划, “碧水”、“蓝天”工程).
  bool before_name_head = false;
};

/// The kind of the quoted term `term` (without its quotation marks). The first that applies:
/// 1. Latin letters or digits: digits with + are numbered (3+3+2, 1+N), other words with + slogans
///    (互联网+), digits alone a name (12345, 9511), digits after Han a name (神24, 上海2035),
///    digits before a classifier numbered (30条);
/// 2. Han numerals alone: a five-year plan (十四五, 九五) or a day (七一, 五四) is a name, others
///    are numbered (十百千);
/// 3. a region, a name suffix (复兴号, 南粤锦绣工程) unless a numeral counts the items (四大工程)
///    or the term is a word of the language (品牌), a separator between names (韶山—井冈山),
///    transliteration characters alone (德尔塔): a name;
/// 4. a numeral that counts (三高四新, 四个全面, 双减; not 零距离, 第一议题, 三年目标, 一网通办),
/// or
///    一 alternating with single characters (一带一路): numbered;
/// 5. followed by a name head in the document: a name;
/// 6. a stop word, a term in most reports of the IDF table, a word of two characters in ICU's
///    dictionary (裂变; its longer entries are set phrases: 走出去) or one derived from a word of
///    it (生态化): a term;
/// 7. otherwise a slogan.
SloganType classify_slogan(std::string_view term, const SloganEvidence& evidence,
                           QuotedUse use = {});

}  // namespace zz::extract
