// StopWords: loading the one-word-per-line list (data/stopwords.txt and user lists).
#include "zzreport/extract/stop_words.hpp"

#include <fstream>
#include <sstream>

#include "word_key.hpp"
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

std::size_t StopWords::find_slot(std::string_view word) const {
  std::uint64_t key = word_key(word);
  std::size_t mask = slots_.size() - 1;
  for (std::size_t i = word_hash(key, word) & mask;; i = (i + 1) & mask) {
    const Slot& slot = slots_[i];
    if (slot.word == 0) return i;
    if (slot.key == key && (word.size() <= kWordKeyBytes || words_[slot.word - 1] == word)) return i;
  }
}

void StopWords::grow() {
  std::size_t capacity = 64;  // a power of two, at least four times the words
  while (capacity < 4 * (words_.size() + 1)) capacity *= 2;
  slots_.assign(capacity, Slot{});
  for (std::uint32_t w = 0; w < words_.size(); ++w) {
    slots_[find_slot(words_[w])] = {word_key(words_[w]), w + 1};
  }
}

void StopWords::add(std::string_view word) {
  if (2 * (words_.size() + 1) > slots_.size()) grow();
  Slot& slot = slots_[find_slot(word)];
  if (slot.word != 0) return;
  words_.emplace_back(word);
  slot = {word_key(word), static_cast<std::uint32_t>(words_.size())};
}

bool StopWords::contains(std::string_view word) const {
  return !slots_.empty() && slots_[find_slot(word)].word != 0;
}

}  // namespace zz::extract
