// IdfTable: document frequencies of terms and phrases over a corpus of reports (data/idf.tsv), and
// the smoothed inverse document frequency computed from them. Format: data/README.md.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace zz::extract {

/// The key under which a term or phrase is counted: the term without quotation marks, so that
/// 专精特新“小巨人”企业 and 专精特新小巨人企业 count as one.
std::string term_key(std::string_view term);

/// Loaded once, immutable afterwards, shared by threads. An empty table gives every term IDF 1, so
/// that TF-IDF falls back to term frequency.
class IdfTable {
 public:
  /// Reads a table file. Throws zz::Error(data) naming the file and line of a malformed line.
  void load_file(const std::string& path);

  /// Reads a table from `content`; `name` is the file named in errors.
  void load(std::string_view content, const std::string& name);

  /// Number of documents the table was built from (0 for an empty table).
  std::uint32_t documents() const { return documents_; }
  /// Terms rarer than this were pruned from the table.
  std::uint32_t min_df() const { return min_df_; }
  /// Phrases (several tokens) rarer than this were pruned from the table.
  std::uint32_t min_phrase_df() const { return min_phrase_df_; }
  std::size_t size() const { return df_.size(); }

  /// Document frequency of `key` (see term_key), when the table holds it.
  std::optional<std::uint32_t> document_frequency(std::string_view key) const;

  /// Smoothed IDF for a document frequency: ln((N + 1) / (df + 1)), 0 for a term in every
  /// document (so that genre vocabulary such as 发展 and 建设 scores nothing).
  double idf_for(double df) const;

  /// IDF of a single-token term; a term not in the table counts as just below min_df.
  double term_idf(std::string_view key) const;

  /// IDF of a phrase whose rarest part has IDF `max_part_idf`. A phrase not in the table occurs in
  /// fewer than min_phrase_df documents and in no more documents than any of its parts.
  double phrase_idf(std::string_view key, double max_part_idf) const;

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept {
      return std::hash<std::string_view>{}(s);
    }
  };
  std::unordered_map<std::string, std::uint32_t, Hash, std::equal_to<>> df_;
  std::uint32_t documents_ = 0;
  std::uint32_t min_df_ = 1;
  std::uint32_t min_phrase_df_ = 1;
};

}  // namespace zz::extract
