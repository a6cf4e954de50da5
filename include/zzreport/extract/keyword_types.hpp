// KeywordTypeRules: the words that tell a place or an organisation among a report's keywords
// (data/rules/keyword_types.tsv): the suffixes of administrative divisions and of organisations.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "zzreport/text/char_class.hpp"

namespace zz::text {
class DataFile;
}

namespace zz::extract {

/// The rule words by role (the file's header says what each means). Immutable once read; loaded
/// once per process and shared by threads.
class KeywordTypeRules {
 public:
  /// The file's place in the data directory.
  static constexpr std::string_view kFile = "rules/keyword_types.tsv";

  /// Reads `path`. Throws zz::Error(data) naming the file and line when it cannot be read, a line
  /// does not have two fields, or a role is unknown.
  static KeywordTypeRules read(const std::string& path);
  /// Parses a file already read.
  static KeywordTypeRules parse(const text::DataFile& file);

  bool empty() const;
  /// The bytes of the division suffix `word` ends with (沭阳县: 县), 0 for none.
  std::size_t division_suffix_of(std::string_view word) const;
  /// The bytes of the place suffix `word` ends with (固阳县: 县), 0 for none.
  std::size_t place_suffix_of(std::string_view word) const;
  /// The bytes of the organisation suffix `word` ends with (包钢集团: 集团), 0 for none.
  std::size_t organisation_suffix_of(std::string_view word) const;

 private:
  /// The suffixes of one role, and the last characters they end with (as integers, sorted and in
  /// a filter): most words end with none of them and are told so by one bit test, without
  /// comparing text. Every new text of a report is asked (collect_units()).
  struct Suffixes {
    std::vector<std::string> words;
    std::vector<std::uint32_t> last_chars;
    text::CharFilter last_char_filter;
    explicit Suffixes(std::vector<std::string> w = {});
    std::size_t longest_of(std::string_view word) const;
  };
  Suffixes division_suffixes_;
  Suffixes place_suffixes_;
  Suffixes organisation_suffixes_;
};

}  // namespace zz::extract
