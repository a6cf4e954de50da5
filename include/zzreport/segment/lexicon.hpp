// Lexicon: the word list the segmenter prefers over ICU's boundaries (shipped domain lexicon plus
// user dictionaries in jieba's "word [freq] [tag]" format).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace zz::segment {

class Lexicon {
 public:
  Lexicon();
  ~Lexicon();
  Lexicon(Lexicon&&) noexcept;
  Lexicon& operator=(Lexicon&&) noexcept;

  /// Adds the entries of a jieba-format dictionary file. Throws zz::Error(data) naming the file
  /// and line of the first malformed line.
  void load_file(const std::string& path);

  /// Adds one word with a frequency (0: a default frequency).
  void add(std::string_view word, std::uint64_t frequency = 0);

  /// Frequency of `word`, or 0 when it is not in the lexicon.
  std::uint64_t frequency(std::string_view word) const;

  std::size_t size() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace zz::segment
