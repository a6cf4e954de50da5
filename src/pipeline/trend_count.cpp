// TrendCount: term counts per document or per group, as rows (trend_count.hpp).
#include "trend_count.hpp"

#include <cstdint>
#include <utility>

namespace zz::pipeline {
namespace {

report::Cell text_or_null(const std::string& s) {
  return s.empty() ? report::Cell{} : report::Cell{s};
}

/// One row per term of one document: file, region, level, year, term, count, per_10k.
std::vector<report::Row> document_rows(const std::string& file, const extract::DocumentTerms& doc,
                                       const std::vector<std::string>& terms) {
  std::vector<report::Row> rows;
  for (std::size_t t = 0; t < terms.size(); ++t) {
    rows.push_back({file, text_or_null(doc.region), text_or_null(doc.level),
                    doc.year ? report::Cell{std::int64_t{*doc.year}} : report::Cell{}, terms[t],
                    std::int64_t{doc.counts[t]},
                    report::decimal_cell(extract::per_10k(doc.counts[t], doc.han_characters))});
  }
  return rows;
}

}  // namespace

TrendCount::TrendCount(std::vector<std::string> terms, const std::string& by, bool words)
    : counter_(std::move(terms)), words_(words) {
  if (!by.empty()) groups_.emplace(extract::parse_group_fields(by), counter_.terms().size());
}

std::vector<std::string> TrendCount::columns() const {
  if (!groups_) return {"file", "region", "level", "year", "term", "count", "per_10k"};
  std::vector<std::string> columns;
  for (extract::GroupField field : groups_->fields())
    columns.emplace_back(extract::to_string(field));
  columns.insert(columns.end(), {"term", "documents", "count", "per_10k"});
  return columns;
}

std::vector<report::Row> TrendCount::add(const std::string& file, const text::Document& doc,
                                         const segment::Segmenter& segmenter) {
  extract::DocumentTerms terms{doc.region, doc.level, doc.year, doc.doc_type, 0, {}};
  if (words_) {
    std::vector<segment::Token> tokens;
    segmenter.segment(doc.text, tokens);
    terms.counts = counter_.count_words(doc.text, tokens);
    terms.han_characters = extract::han_characters(doc.text);
  } else {
    terms.counts = counter_.count(doc.text, terms.han_characters);
  }
  if (!groups_) return document_rows(file, terms, counter_.terms());
  std::lock_guard lock(groups_mutex_);  // sums of whole numbers: any order gives the same totals
  groups_->add(terms);
  return {};
}

std::vector<report::Row> TrendCount::group_rows() const {
  std::vector<report::Row> rows;
  const std::vector<std::string>& terms = counter_.terms();
  for (const auto& [key, totals] : groups_->groups()) {
    for (std::size_t t = 0; t < terms.size(); ++t) {
      report::Row row;
      for (std::size_t f = 0; f < key.size(); ++f) {
        bool year = groups_->fields()[f] == extract::GroupField::year;
        row.push_back(key[f].empty() ? report::Cell{}
                      : year         ? report::Cell{std::int64_t{std::stoi(key[f])}}
                                     : report::Cell{key[f]});
      }
      row.insert(row.end(),
                 {terms[t], static_cast<std::int64_t>(totals.documents),
                  static_cast<std::int64_t>(totals.counts[t]),
                  report::decimal_cell(extract::per_10k(totals.counts[t], totals.han_characters))});
      rows.push_back(std::move(row));
    }
  }
  return rows;
}

}  // namespace zz::pipeline
