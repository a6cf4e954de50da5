// PeriodTable: in how many documents of each period of a corpus each term and phrase occurs
// (data/periods.tsv, written by `zzreport idf build --periods`). `contrast` reads it to tell the
// vocabulary of every time from that of an era. Format: data/README.md.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace zz::extract {

/// Loaded once, immutable afterwards, shared by threads. An empty table lists no periods and no
/// terms.
class PeriodTable {
 public:
  /// A period: five-year spans of the corpus's years, joined until each has enough documents.
  struct Period {
    int first_year;
    int last_year;
    std::uint32_t documents;
  };

  /// Reads a table file. Throws zz::Error(data) naming the file and line of a malformed line.
  void load_file(const std::string& path);
  /// Reads a table from `content`, replacing what was loaded; `name` is the file named in errors.
  void load(std::string content, const std::string& name);

  /// The periods, oldest first; empty for an empty table.
  const std::vector<Period>& periods() const { return periods_; }
  /// The index in periods() of the period that holds `year`, if one does.
  std::optional<std::size_t> period_of_year(int year) const {
    return period_of_year(periods_, year);
  }
  /// The index of the period of `periods` that holds `year`, if one does.
  static std::optional<std::size_t> period_of_year(std::span<const Period> periods, int year);

  /// The number of documents of each period that have `key` (see term_key), one per period; empty
  /// when the table does not hold it (a term rarer than the IDF table's pruning threshold).
  std::span<const std::uint32_t> documents_with(std::string_view key) const;

  /// The mean over the periods of the share of each period's documents that have `key`, from 0 to
  /// 1: near 1 for a term the reports of every time use (发展), small for one of a single era
  /// (脱贫攻坚, 农业税), however many reports of that era the corpus holds. 0 for a key the table
  /// does not hold; nullopt for an empty table.
  std::optional<double> period_share(std::string_view key) const;

 private:
  std::string content_;  // the file's text: keys_ views into it
  std::vector<Period> periods_;
  std::unordered_map<std::string_view, std::size_t> keys_;  // key -> its first count in counts_
  std::vector<std::uint32_t> counts_;
};

}  // namespace zz::extract
