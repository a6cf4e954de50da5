// KeywordTyper: whether a candidate keyword is a fragment or a function phrase, and else what it
// names (a place, an organisation, a slogan or a term), from its first occurrence in the report.
// Private to zz_extract; asked only of the candidates that could enter the top k.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "content_units.hpp"
#include "zzreport/extract/analysis.hpp"
#include "zzreport/text/document.hpp"

namespace zz::text {
class RegionTable;
}

namespace zz::extract {

class IdfTable;
class KeywordTypeRules;
class StopWords;

class KeywordTyper {
 public:
  /// `stems` come from collect_units() with `rules`; `stop_words`, `regions` and `rules` may be
  /// null (that evidence is not used). All must outlive the typer.
  KeywordTyper(std::string_view text, std::vector<NameStem> stems, const IdfTable& idf,
               const StopWords* stop_words, const text::RegionTable* regions,
               const KeywordTypeRules* rules);

  /// The type of the term whose first occurrence is text[first] (`slogan_units`: every unit of
  /// it is a slogan token), or nullopt when it is a fragment or a function phrase:
  /// - a stop word of one character and a term of the IDF table (临沂至, 因危机, 不足而);
  /// - where it starts, the character before it and its first character make a common term of the
  ///   IDF table or a stop word and the rest of it is a term of the table (游水电开发 after 下,
  ///   位代表 after 各), or so do its last character and the one after it, unless that one is a
  ///   division suffix (盐城 before 市);
  /// a region of the table is never a fragment.
  std::optional<KeywordType> judge(text::ByteRange first, bool slogan_units) const;

 private:
  bool is_fragment(std::string_view term, text::ByteRange first) const;
  bool is_function_phrase(std::string_view term, int depth) const;
  bool is_common(std::string_view key) const;
  bool is_rare(std::string_view key) const;
  std::optional<KeywordType> stem_type(std::string_view term) const;
  bool has_suffix(std::string_view term, std::size_t suffix) const;

  std::string_view text_;
  std::vector<NameStem> stems_;  // sorted by stem, then type
  const IdfTable& idf_;
  const StopWords* stop_words_;
  const text::RegionTable* regions_;
  const KeywordTypeRules* rules_;
};

}  // namespace zz::extract
