// KeywordTypeRules: reading data/rules/keyword_types.tsv and matching its suffixes; to_string() of
// a keyword's type.
#include "zzreport/extract/keyword_types.hpp"

#include "role_words.hpp"
#include "zzreport/extract/analysis.hpp"
#include "zzreport/text/data_file.hpp"

namespace zz::extract {
namespace {

/// The bytes of the longest of `suffixes` that `word` ends with, 0 for none.
std::size_t longest_suffix(std::string_view word, const std::vector<std::string>& suffixes) {
  std::size_t longest = 0;
  for (const std::string& s : suffixes) {
    if (s.size() > longest && word.ends_with(s)) longest = s.size();
  }
  return longest;
}

}  // namespace

std::string_view to_string(KeywordType type) {
  switch (type) {
    case KeywordType::term:
      return "term";
    case KeywordType::slogan:
      return "slogan";
    case KeywordType::place:
      return "place";
    case KeywordType::organisation:
      return "organisation";
  }
  return "term";
}

KeywordTypeRules KeywordTypeRules::read(const std::string& path) {
  return parse(text::DataFile::read(path, "the keyword-type rules"));
}

KeywordTypeRules KeywordTypeRules::parse(const text::DataFile& file) {
  auto words = read_role_words(file, {"division_suffix", "place_suffix", "organisation_suffix"},
                               {"division_suffix", "place_suffix"});
  KeywordTypeRules rules;
  rules.division_suffixes_ = std::move(words["division_suffix"]);
  rules.place_suffixes_ = std::move(words["place_suffix"]);
  rules.organisation_suffixes_ = std::move(words["organisation_suffix"]);
  return rules;
}

bool KeywordTypeRules::empty() const {
  return division_suffixes_.empty() && place_suffixes_.empty() && organisation_suffixes_.empty();
}

std::size_t KeywordTypeRules::division_suffix_of(std::string_view word) const {
  return longest_suffix(word, division_suffixes_);
}

std::size_t KeywordTypeRules::place_suffix_of(std::string_view word) const {
  return longest_suffix(word, place_suffixes_);
}

std::size_t KeywordTypeRules::organisation_suffix_of(std::string_view word) const {
  return longest_suffix(word, organisation_suffixes_);
}

}  // namespace zz::extract
