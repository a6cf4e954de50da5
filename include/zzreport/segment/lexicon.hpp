// Lexicon: the words the segmenter knows, with frequencies: the shipped domain lexicon plus user
// dictionaries, all in jieba's "word [freq] [tag]" format.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace zz::segment {

/// Where an entry came from. A user word takes effect: the segmenter prefers it over the
/// shipped lexicon's splits (see docs/segmentation.md#user-dictionaries).
enum class LexiconLayer : std::uint8_t { shipped, user };

struct LexiconEntry {
  std::string word;             ///< UTF-8
  std::uint64_t frequency = 0;  ///< 0: not given (the segmenter picks a frequency that lets it win)
  std::string tag;              ///< jieba's part-of-speech tag, or "slogan"; may be empty
  LexiconLayer layer = LexiconLayer::shipped;
};

/// A set of words sorted by their UTF-8 bytes (which is code-point order). Later additions of a
/// word replace earlier ones, except that a missing frequency keeps the earlier one. Const member
/// functions are safe to call from several threads.
class Lexicon {
 public:
  /// Adds the entries of a jieba-format dictionary file: one `word [freq] [tag]` per line, UTF-8,
  /// an optional BOM, LF or CRLF, blank lines and lines starting with '#' ignored. Throws
  /// zz::Error(data) naming the file and line of the first malformed line.
  void load_file(const std::string& path, LexiconLayer layer = LexiconLayer::user);

  /// The same for text already in memory; `name` is used in error messages.
  void load_text(std::string_view text, std::string_view name,
                 LexiconLayer layer = LexiconLayer::user);

  /// Adds one word (0: frequency not given).
  void add(std::string_view word, std::uint64_t frequency = 0, std::string_view tag = {},
           LexiconLayer layer = LexiconLayer::user);

  /// The entry for `word`, or null.
  const LexiconEntry* find(std::string_view word) const;

  /// Frequency of `word`, or 0 when it is not in the lexicon or has no frequency.
  std::uint64_t frequency(std::string_view word) const;

  /// All entries, sorted by word.
  std::span<const LexiconEntry> entries() const { return entries_; }
  std::size_t size() const { return entries_.size(); }

 private:
  void merge(std::vector<LexiconEntry> added);

  std::vector<LexiconEntry> entries_;
};

/// Writes `entries` in jieba format ("word freq[ tag]\n" each) to `out`.
void write_jieba(std::span<const LexiconEntry> entries, std::string& out);

}  // namespace zz::segment
