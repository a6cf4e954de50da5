// Lexicon: a hash map from word to frequency, loaded from jieba-format files.
#include "zzreport/segment/lexicon.hpp"

#include <fstream>
#include <string>
#include <unordered_map>

#include "zzreport/text/error.hpp"

namespace zz::segment {

struct Lexicon::Impl {
  std::unordered_map<std::string, std::uint64_t> words;
};

Lexicon::Lexicon() : impl_(std::make_unique<Impl>()) {}
Lexicon::~Lexicon() = default;
Lexicon::Lexicon(Lexicon&&) noexcept = default;
Lexicon& Lexicon::operator=(Lexicon&&) noexcept = default;

void Lexicon::add(std::string_view word, std::uint64_t frequency) {
  impl_->words[std::string(word)] = frequency == 0 ? 1 : frequency;
}

std::uint64_t Lexicon::frequency(std::string_view word) const {
  auto it = impl_->words.find(std::string(word));
  return it == impl_->words.end() ? 0 : it->second;
}

std::size_t Lexicon::size() const { return impl_->words.size(); }

void Lexicon::load_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorKind::data, "cannot open dictionary", path);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::size_t end = line.find_first_of(" \t");
    if (end == 0 || line.empty()) continue;
    add(std::string_view(line).substr(0, end));
  }
}

}  // namespace zz::segment
