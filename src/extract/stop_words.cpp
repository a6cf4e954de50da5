// StopWords: the one-word-per-line list (data/stopwords.txt and user lists) and its hash set.
#include "zzreport/extract/stop_words.hpp"

#include <algorithm>

#include "word_key.hpp"
#include "zzreport/text/data_file.hpp"

namespace zz::extract {

void StopWords::load_file(const std::string& path) {
  load(text::DataFile::read(path, "the stop-word list"));
}

void StopWords::load(std::string_view content) {
  load(text::DataFile(std::string(content), "stop words"));
}

void StopWords::load(const text::DataFile& file) {
  file.for_each([&](const text::DataLine& line) {
    std::string_view word = line.fields(1, 1)[0];
    // A space inside is most likely a comment after the word, which the data-file rule does not
    // allow.
    if (word.find(' ') != std::string_view::npos)
      throw line.error("a stop word holds no space (one word a line)");
    add(word);
  });
}

std::size_t StopWords::find_slot(std::string_view word) const {
  std::uint64_t key = word_key(word);
  std::size_t mask = slots_.size() - 1;
  for (std::size_t i = word_hash(key, word) & mask;; i = (i + 1) & mask) {
    const Slot& slot = slots_[i];
    if (slot.word == 0) return i;
    if (slot.key == key && (word.size() <= kWordKeyBytes || words_[slot.word - 1] == word))
      return i;
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
  longest_ = std::max(longest_, word.size());
  slot = {word_key(word), static_cast<std::uint32_t>(words_.size())};
}

bool StopWords::contains(std::string_view word) const {
  return !slots_.empty() && slots_[find_slot(word)].word != 0;
}

}  // namespace zz::extract
