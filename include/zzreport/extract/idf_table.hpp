// IdfTable: document frequencies of terms and phrases over a corpus of reports (data/idf.tsv), and
// the smoothed inverse document frequency computed from them. Format: data/README.md.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace zz::extract {

/// The key under which a term or phrase is counted: the term without quotation marks, so that
/// 专精特新“小巨人”企业 and 专精特新小巨人企业 count as one.
std::string term_key(std::string_view term);

/// Loaded once, immutable afterwards, shared by threads; not copyable (keys point into its text).
/// An empty table gives every term IDF 1, so that TF-IDF falls back to term frequency.
class IdfTable {
 public:
  IdfTable() = default;
  IdfTable(const IdfTable&) = delete;
  IdfTable& operator=(const IdfTable&) = delete;

  /// Reads a table file. Throws zz::Error(data) naming the file and line of a malformed line.
  void load_file(const std::string& path);

  /// Reads a table from `content`, replacing what was loaded; `name` is the file named in errors.
  void load(std::string content, const std::string& name);

  /// Number of documents the table was built from (0 for an empty table).
  std::uint32_t documents() const { return documents_; }
  /// Terms rarer than this were pruned from the table.
  std::uint32_t min_df() const { return min_df_; }
  /// Phrases (several tokens) rarer than this were pruned from the table.
  std::uint32_t min_phrase_df() const { return min_phrase_df_; }
  std::size_t size() const { return size_; }

  /// Document frequency of `key` (see term_key), when the table holds it.
  std::optional<std::uint32_t> document_frequency(std::string_view key) const;

  /// Smoothed IDF for a document frequency: ln((N + 1) / (df + 1)), 0 for a term in every
  /// document (so that genre vocabulary such as 发展 and 建设 scores nothing).
  double idf_for(double df) const;

  /// The largest IDF term_idf() or phrase_idf() can return: that of the rarest key in the table,
  /// or of a term or phrase missing from it. A ranking by TF-IDF stops at the term whose frequency
  /// times this bound cannot reach the top k.
  double max_idf() const;

  /// IDF of a single-token term; a term not in the table counts as just below min_df.
  double term_idf(std::string_view key) const;

  /// IDF of a phrase whose rarest part has IDF `max_part_idf`. A phrase not in the table occurs in
  /// fewer than min_phrase_df documents and in no more documents than any of its parts.
  double phrase_idf(std::string_view key, double max_part_idf) const;

  /// phrase_idf() in two steps, for a caller that would rather not look up a phrase's parts when
  /// the table holds the phrase itself: the IDF of a key the table holds, or nullopt; and the IDF
  /// of a phrase it does not hold, whose rarest part has IDF `max_part_idf`.
  std::optional<double> listed_idf(std::string_view key) const;
  double unlisted_phrase_idf(double max_part_idf) const;

 private:
  /// One key of the table: its first bytes and length (src/extract/word_key.hpp), where its text
  /// begins in content_, and its document frequency. A look-up of a word of one or two Han
  /// characters compares the first member and never reads content_. 16 bytes, four to a cache line.
  struct Slot {
    std::uint64_t word_key = 0;  // 0: free (no key is empty)
    std::uint32_t offset = 0;
    std::uint32_t df = 0;
  };
  /// The slot holding `key`, or the free slot where it would go; `word_key` and `hash` are its
  /// word_key() and word_hash().
  std::size_t find_slot(std::string_view key, std::uint64_t word_key, std::uint64_t hash) const;
  /// The slot holding `key`, or null when the table does not hold it.
  const Slot* slot_of(std::string_view key) const;
  void insert(std::string_view key, std::uint32_t df);
  /// idf_for(df), from idf_by_df_ when df is in it.
  double idf_of(std::uint32_t df) const {
    return df < idf_by_df_.size() ? idf_by_df_[df] : idf_for(df);
  }

  // An open-addressing table whose keys point into content_: one allocation for the whole table
  // rather than one per row. Rows are inserted in batches whose slots are prefetched first: with
  // 144,000 rows, waiting for each slot's cache line in turn was most of the program's start-up.
  std::string content_;
  /// Gives the slot table 2 MB pages where the system offers them (Linux's transparent huge
  /// pages): the table is megabytes, looked up at random, and on 4 KB pages nearly every look-up
  /// also missed the TLB.
  struct SlotAllocator {
    using value_type = Slot;
    template <typename U>
    struct rebind {
      using other = SlotAllocator;
    };
    Slot* allocate(std::size_t n);
    void deallocate(Slot* p, std::size_t n) noexcept;
    friend bool operator==(const SlotAllocator&, const SlotAllocator&) = default;
  };
  std::vector<Slot, SlotAllocator> slots_;  // size a power of two, at most two thirds full
  std::size_t size_ = 0;
  std::uint32_t documents_ = 0;
  std::uint32_t min_df_ = 1;
  std::uint32_t min_phrase_df_ = 1;
  std::uint32_t lowest_df_ = UINT32_MAX;  // the lowest document frequency of a row
  // idf_for(df) for df = 0, 1, ... up to the number of documents (at most 2^16 of them): ranking
  // looks up hundreds of terms per report, and a logarithm costs more than the rest of a look-up.
  std::vector<double> idf_by_df_;
};

}  // namespace zz::extract
