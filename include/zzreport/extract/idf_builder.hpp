// IdfBuilder: counts in how many documents of a corpus each term and each phrase occurs, and
// writes the table IdfTable reads (`zzreport idf build`).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "zzreport/extract/period_table.hpp"
#include "zzreport/segment/token.hpp"

namespace zz::extract {

class StopWords;

struct IdfBuildOptions {
  std::uint32_t min_df = 2;           ///< terms in fewer documents are left out of the table
  std::uint32_t min_phrase_df = 10;   ///< phrases in fewer documents are left out of the table
  std::size_t max_phrase_tokens = 8;  ///< longest phrase counted, in tokens
};

/// Collects documents one by one, then writes the table. Phrases are sequences of 2 to
/// max_phrase_tokens adjacent content tokens (as keyword extraction forms them); they are counted
/// level by level, a phrase only when both its shorter sub-phrases reached min_phrase_df, which
/// is exact (a phrase never occurs in more documents than its parts) and keeps memory small.
class IdfBuilder {
 public:
  /// `stop_words` may be null; it must outlive the builder.
  explicit IdfBuilder(const StopWords* stop_words, IdfBuildOptions options = {});

  /// Adds one document: its normalised text, the segmenter's tokens of it and the year it is of
  /// (a document without one counts in the frequencies but not in the period table).
  void add_document(std::string_view text, std::span<const segment::Token> tokens,
                    std::optional<int> year = std::nullopt);

  std::uint32_t documents() const { return documents_; }

  /// The tables a corpus gives, rows ordered by frequency then term: the IDF table
  /// (IdfTable::load()) and, when some documents have a year, the period table
  /// (PeriodTable::load()), empty when none has.
  struct Tables {
    std::string idf;
    std::string periods;
  };
  Tables tables() const;

  /// The periods of the period table, oldest first: five-year spans (1995-1999), each of at
  /// least kPeriodDocuments documents with a year; a span with fewer joins the next, the last
  /// one the span before it. Empty when no document has a year.
  using Period = PeriodTable::Period;
  std::vector<Period> periods() const;
  static constexpr std::uint32_t kPeriodDocuments = 20;

 private:
  /// A row of both tables: a term or phrase, its documents, and its documents in each period.
  struct Row {
    std::string key;
    std::uint32_t df;
    std::vector<std::uint32_t> periods;  // empty without periods
  };
  std::string idf_table(const std::vector<Row>& rows) const;
  std::string period_table(const std::vector<Row>& rows, const std::vector<Period>& spans) const;

  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept {
      return std::hash<std::string_view>{}(s);
    }
  };
  const StopWords* stop_words_;
  IdfBuildOptions options_;
  std::uint32_t documents_ = 0;
  std::unordered_map<std::string, std::uint32_t, Hash, std::equal_to<>> ids_;
  std::vector<std::string> terms_;         // by id
  std::vector<std::uint32_t> corpus_;      // unit ids; kRunEnd ends a run, kDocumentEnd a document
  std::vector<std::optional<int>> years_;  // by document
};

}  // namespace zz::extract
