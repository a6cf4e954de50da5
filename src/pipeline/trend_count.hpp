// TrendCount: what `trend` (and the module's trend()) computes over an archive: each document's
// term counts as rows, or their sums by year, level, region or doc_type.
#pragma once

#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "resources.hpp"
#include "zzreport/extract/term_counts.hpp"
#include "zzreport/extract/term_groups.hpp"
#include "zzreport/report/rows.hpp"
#include "zzreport/segment/segmenter.hpp"
#include "zzreport/text/document.hpp"

namespace zz::pipeline {

/// trend needs the segmenter (for --words) and the region table (the metadata columns).
inline constexpr ResourceNeeds kTrendNeeds{
    .idf = false, .quoted_terms = false, .keyword_types = false, .quantity_rules = false};

class TrendCount {
 public:
  /// `by`: the group fields, comma-separated (empty: a row per document and term); `words`: whole
  /// words of the segmentation only. Throws zz::Error(usage) for a bad term or field.
  TrendCount(std::vector<std::string> terms, const std::string& by, bool words);

  const extract::TermCounter& counter() const { return counter_; }
  /// The sums so far; nullptr without `by`.
  const extract::TermGroups* groups() const { return groups_ ? &*groups_ : nullptr; }
  /// The rows' columns: file, region, level, year, term, count, per_10k; or the group fields,
  /// term, documents, count, per_10k.
  std::vector<std::string> columns() const;

  /// Counts the terms of `doc` (read from `file`); safe on worker threads. Without `by` its rows,
  /// one per term; with `by` it is added to its group and there are none.
  std::vector<report::Row> add(const std::string& file, const text::Document& doc,
                               const segment::Segmenter& segmenter);

  /// One row per group and term, after every document was added.
  std::vector<report::Row> group_rows() const;

 private:
  extract::TermCounter counter_;
  std::optional<extract::TermGroups> groups_;
  bool words_;
  std::mutex groups_mutex_;
};

}  // namespace zz::pipeline
