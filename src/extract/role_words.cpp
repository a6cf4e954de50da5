// read_role_words(): one reader for the role-and-word rule files, with one set of errors.
#include "role_words.hpp"

#include <algorithm>

#include "zzreport/text/data_file.hpp"
#include "zzreport/text/utf8.hpp"

namespace zz::extract {

std::map<std::string, std::vector<std::string>, std::less<>> read_role_words(
    const text::DataFile& file, std::initializer_list<std::string_view> roles,
    std::initializer_list<std::string_view> one_character_roles) {
  std::map<std::string, std::vector<std::string>, std::less<>> words;
  file.for_each([&](const text::DataLine& line) {
    std::vector<std::string_view> fields = line.fields(2, 2);
    if (std::find(roles.begin(), roles.end(), fields[0]) == roles.end()) {
      std::string known;
      for (std::string_view role : roles) known += (known.empty() ? "" : ", ") + std::string(role);
      throw line.error("unknown role '" + std::string(fields[0]) + "' (expected " + known + ")");
    }
    if (fields[1].empty()) throw line.error("the word is empty");
    bool one = std::find(one_character_roles.begin(), one_character_roles.end(), fields[0]) !=
               one_character_roles.end();
    if (one && text::utf8::count_code_points(fields[1]) != 1) {
      throw line.error("a " + std::string(fields[0]) + " is one character");
    }
    words[std::string(fields[0])].emplace_back(fields[1]);
  });
  return words;
}

}  // namespace zz::extract
