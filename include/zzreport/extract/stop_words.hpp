// StopWords: function words that are never keywords and that end a key phrase (的, 和, 在, 我们).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace zz::text {
class DataFile;
}

namespace zz::extract {

/// A set of words, loaded once and read by many threads.
class StopWords {
 public:
  /// Adds the words of a file: one word per line, under the data-file rules of
  /// zzreport/text/data_file.hpp ('#' comment lines, blank lines skipped, BOM dropped). Throws
  /// zz::Error(data) naming the file (and line) when it cannot be read or a line holds more than
  /// one word.
  void load_file(const std::string& path);

  /// Adds the words of `content`, in the format of load_file().
  void load(std::string_view content);
  void load(const text::DataFile& file);

  void add(std::string_view word);
  bool contains(std::string_view word) const;
  std::size_t size() const { return words_.size(); }
  /// The length in bytes of the longest word (0 when empty): no longer text can be one.
  std::size_t longest() const { return longest_; }
  /// The words, in the order added.
  const std::vector<std::string>& words() const { return words_; }

 private:
  struct Slot {
    std::uint64_t key = 0;   // the word's first bytes and length (see src/extract/word_key.hpp)
    std::uint32_t word = 0;  // 1 + an index into words_, or 0 for an empty slot
  };
  std::size_t find_slot(std::string_view word) const;
  void grow();

  // An open-addressing set, probed linearly and at most half full: a report asks it once
  // for each distinct token, and std::unordered_set's hashing, division and node hop were a fifth
  // of the time of keyword extraction. Most words' whole text is in their slot's prefix.
  std::vector<std::string> words_;  // in the order added
  std::vector<Slot> slots_;
  std::size_t longest_ = 0;
};

}  // namespace zz::extract
