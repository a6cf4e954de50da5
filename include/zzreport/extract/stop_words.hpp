// StopWords: function words that are never keywords and that end a key phrase (的, 和, 在, 我们).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_set>

namespace zz::extract {

/// A set of words, loaded once and read by many threads.
class StopWords {
 public:
  /// Adds the words of a file: one word per line, '#' starts a comment, blank lines are skipped.
  /// Throws zz::Error(data) naming the file when it cannot be read.
  void load_file(const std::string& path);

  /// Adds the words of `content`, in the format of load_file().
  void load(std::string_view content);

  void add(std::string_view word);
  bool contains(std::string_view word) const;
  std::size_t size() const { return words_.size(); }

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept {
      return std::hash<std::string_view>{}(s);
    }
  };
  std::unordered_set<std::string, Hash, std::equal_to<>> words_;
};

}  // namespace zz::extract
