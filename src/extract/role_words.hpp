// read_role_words(): a rule file of `role<TAB>word` lines (data/rules/quoted_terms.tsv,
// data/rules/keyword_types.tsv) read into the words of each role it may hold.
#pragma once

#include <functional>  // std::less
#include <initializer_list>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace zz::text {
class DataFile;
}

namespace zz::extract {

/// The words of each role, in file order (a role the file does not use is absent). Throws
/// zz::Error(data) naming the file and line of a line without exactly two fields, an empty word,
/// a role not in `roles`, or a word of a role in `one_character_roles` that is not one character.
std::map<std::string, std::vector<std::string>, std::less<>> read_role_words(
    const text::DataFile& file, std::initializer_list<std::string_view> roles,
    std::initializer_list<std::string_view> one_character_roles = {});

}  // namespace zz::extract
