// KeywordTypeRules: reading data/rules/keyword_types.tsv and matching its suffixes; to_string() of
// a keyword's type.
#include "zzreport/extract/keyword_types.hpp"

#include <algorithm>

#include "role_words.hpp"
#include "zzreport/extract/analysis.hpp"
#include "zzreport/text/data_file.hpp"
#include "zzreport/text/utf8.hpp"

namespace zz::extract {
namespace {

/// The last character of `word` as an integer (its UTF-8 bytes), 0 for an empty word.
std::uint32_t last_char(std::string_view word) {
  std::uint32_t begin =
      text::utf8::previous_boundary(word, static_cast<std::uint32_t>(word.size()));
  std::uint32_t key = 0;
  for (std::size_t i = begin; i < word.size(); ++i)
    key = (key << 8) | static_cast<unsigned char>(word[i]);
  return key;
}

}  // namespace

KeywordTypeRules::Suffixes::Suffixes(std::vector<std::string> w) : words(std::move(w)) {
  for (const std::string& s : words) {
    last_chars.push_back(last_char(s));
    last_char_filter.add(last_chars.back());
  }
  std::sort(last_chars.begin(), last_chars.end());
  last_chars.erase(std::unique(last_chars.begin(), last_chars.end()), last_chars.end());
}

/// The bytes of the longest suffix `word` ends with, 0 for none.
std::size_t KeywordTypeRules::Suffixes::longest_of(std::string_view word) const {
  std::uint32_t last = last_char(word);
  if (!last_char_filter.may_contain(last) ||
      !std::binary_search(last_chars.begin(), last_chars.end(), last))
    return 0;
  std::size_t longest = 0;
  for (const std::string& s : words) {
    if (s.size() > longest && word.ends_with(s)) longest = s.size();
  }
  return longest;
}

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
  rules.division_suffixes_ = Suffixes(std::move(words["division_suffix"]));
  rules.place_suffixes_ = Suffixes(std::move(words["place_suffix"]));
  rules.organisation_suffixes_ = Suffixes(std::move(words["organisation_suffix"]));
  return rules;
}

bool KeywordTypeRules::empty() const {
  return division_suffixes_.words.empty() && place_suffixes_.words.empty() &&
         organisation_suffixes_.words.empty();
}

std::size_t KeywordTypeRules::division_suffix_of(std::string_view word) const {
  return division_suffixes_.longest_of(word);
}

std::size_t KeywordTypeRules::place_suffix_of(std::string_view word) const {
  return place_suffixes_.longest_of(word);
}

std::size_t KeywordTypeRules::organisation_suffix_of(std::string_view word) const {
  return organisation_suffixes_.longest_of(word);
}

}  // namespace zz::extract
