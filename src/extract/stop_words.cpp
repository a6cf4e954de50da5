// StopWords: loading the one-word-per-line list (data/stopwords.txt and user lists).
#include "zzreport/extract/stop_words.hpp"

#include <fstream>
#include <sstream>

#include "zzreport/text/error.hpp"

namespace zz::extract {
namespace {

std::string_view trim(std::string_view s) {
  constexpr std::string_view kSpace = " \t\r\n";
  std::size_t b = s.find_first_not_of(kSpace);
  if (b == std::string_view::npos) return {};
  return s.substr(b, s.find_last_not_of(kSpace) - b + 1);
}

}  // namespace

void StopWords::load_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorKind::data, "cannot read the stop-word list", path);
  std::ostringstream content;
  content << in.rdbuf();
  load(content.str());
}

void StopWords::load(std::string_view content) {
  while (!content.empty()) {
    std::size_t eol = content.find('\n');
    std::string_view line = content.substr(0, eol);
    content = eol == std::string_view::npos ? std::string_view() : content.substr(eol + 1);
    if (std::size_t hash = line.find('#'); hash != std::string_view::npos) line = line.substr(0, hash);
    line = trim(line);
    if (!line.empty()) add(line);
  }
}

void StopWords::add(std::string_view word) { words_.emplace(word); }

bool StopWords::contains(std::string_view word) const { return words_.find(word) != words_.end(); }

}  // namespace zz::extract
