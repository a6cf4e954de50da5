// CompiledLexicon: a lexicon in the segmenter's own form (its word trie with the word costs), so
// that start-up reads the shipped lexicon instead of parsing 117k lines and building the trie.
// data/lexicon.bin is written from data/lexicon.txt by `zzreport lexicon compile`.
#pragma once

#include <memory>
#include <string>
#include <string_view>

namespace zz::segment {

class Lexicon;

/// The serialised trie and edge costs of a lexicon, exactly as Segmenter(const Lexicon*) would
/// build them. The bytes are deterministic (little-endian, no padding): the same lexicon always
/// compiles to the same file.
class CompiledLexicon {
 public:
  /// No words (the segmenter's costs without a lexicon).
  CompiledLexicon();

  /// Compiles `lexicon` (all layers; normally the shipped lexicon alone).
  static CompiledLexicon compile(const Lexicon& lexicon);

  /// Reads a compiled lexicon; throws zz::Error(data) naming `path` when it cannot be read or is
  /// not a compiled lexicon of this version.
  static CompiledLexicon load_file(const std::string& path);

  /// Reads bytes already in memory; throws zz::Error(data) naming `name` when they are malformed.
  static CompiledLexicon from_bytes(std::string_view bytes, std::string_view name);

  /// The serialised form, to write to a file.
  std::string bytes() const;

  /// The trie and costs (private to zz_segment).
  struct Data;
  const Data& data() const { return *data_; }

 private:
  std::shared_ptr<const Data> data_;  // immutable: copies share it
};

}  // namespace zz::segment
