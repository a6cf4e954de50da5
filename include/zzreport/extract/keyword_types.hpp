// KeywordTypeRules: the words that tell a place or an organisation among a report's keywords
// (data/rules/keyword_types.tsv): the suffixes of administrative divisions and of organisations.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

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
  std::vector<std::string> division_suffixes_;
  std::vector<std::string> place_suffixes_;
  std::vector<std::string> organisation_suffixes_;
};

}  // namespace zz::extract
