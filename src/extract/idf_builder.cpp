// IdfBuilder: document frequencies of terms and of phrases, counted level by level (apriori).
#include "zzreport/extract/idf_builder.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <unordered_set>

#include "content_units.hpp"
#include "gram.hpp"

namespace zz::extract {
namespace {

constexpr std::uint32_t kRunEnd = std::numeric_limits<std::uint32_t>::max();
constexpr std::uint32_t kDocumentEnd = kRunEnd - 1;
/// A phrase's count while counting: its documents, and where its documents per period start in
/// the level's flat array of them.
struct Tally {
  std::uint32_t df = 0;
  std::size_t period_counts = 0;
};

}  // namespace

IdfBuilder::IdfBuilder(const StopWords* stop_words, IdfBuildOptions options)
    : stop_words_(stop_words), options_(options) {
  options_.max_phrase_tokens =
      std::clamp<std::size_t>(options_.max_phrase_tokens, 1, kMaxGramTokens);
}

void IdfBuilder::add_document(std::string_view text, std::span<const segment::Token> tokens,
                              std::optional<int> year) {
  for (const Unit& unit : collect_units(text, tokens, stop_words_).units) {
    if (unit.run_start && !corpus_.empty() && corpus_.back() < kDocumentEnd)
      corpus_.push_back(kRunEnd);
    std::string_view term = text.substr(unit.begin, unit.end - unit.begin);
    auto it = ids_.find(term);
    if (it == ids_.end()) {
      it = ids_.emplace(std::string(term), static_cast<std::uint32_t>(terms_.size())).first;
      terms_.emplace_back(term);
    }
    corpus_.push_back(it->second);
  }
  corpus_.push_back(kDocumentEnd);
  years_.push_back(year);
  ++documents_;
}

std::vector<IdfBuilder::Period> IdfBuilder::periods() const {
  std::vector<int> years;
  for (const std::optional<int>& year : years_) {
    if (year) years.push_back(*year);
  }
  std::sort(years.begin(), years.end());
  auto span_start = [](int year) { return year - ((year % 5) + 5) % 5; };
  std::vector<Period> out;
  for (std::size_t i = 0; i < years.size();) {
    // A five-year span, extended span by span until it holds enough documents.
    Period period{span_start(years[i]), span_start(years[i]) + 4, 0};
    while (i < years.size()) {
      if (years[i] > period.last_year) {
        if (period.documents >= kPeriodDocuments) break;
        period.last_year = span_start(years[i]) + 4;
      }
      ++period.documents;
      ++i;
    }
    out.push_back(period);
  }
  if (out.size() > 1 && out.back().documents < kPeriodDocuments) {
    out[out.size() - 2].last_year = out.back().last_year;
    out[out.size() - 2].documents += out.back().documents;
    out.pop_back();
  }
  return out;
}

IdfBuilder::Tables IdfBuilder::tables() const {
  std::vector<Period> spans = periods();
  const std::size_t n_periods = spans.size();
  constexpr std::uint32_t kNoPeriod = std::numeric_limits<std::uint32_t>::max();
  std::vector<std::uint32_t> period_of(documents_, kNoPeriod);
  for (std::size_t d = 0; d < years_.size(); ++d) {
    if (!years_[d]) continue;
    if (std::optional<std::size_t> p = PeriodTable::period_of_year(spans, *years_[d])) {
      period_of[d] = static_cast<std::uint32_t>(*p);
    }
  }
  // Each key's documents per period are kept in one flat array per level (rather than a vector
  // per phrase): `period_counts` of a row is where its n_periods counts start.
  auto add_period = [&](std::vector<std::uint32_t>& counts, std::size_t first, std::size_t doc) {
    if (period_of[doc] != kNoPeriod) ++counts[first + period_of[doc]];
  };
  auto counts_of = [&](const std::vector<std::uint32_t>& counts, std::size_t first) {
    auto begin = counts.begin() + static_cast<std::ptrdiff_t>(first);
    return std::vector<std::uint32_t>(begin, begin + static_cast<std::ptrdiff_t>(n_periods));
  };

  std::vector<Row> rows;
  // Level 1: terms. A per-term "last document seen" counts each document once.
  std::vector<std::uint32_t> df(terms_.size(), 0), last_seen(terms_.size(), kRunEnd);
  std::vector<std::uint32_t> term_periods(terms_.size() * n_periods, 0);
  std::uint32_t doc = 0;
  for (std::uint32_t id : corpus_) {
    if (id == kDocumentEnd) ++doc;
    if (id >= kDocumentEnd || last_seen[id] == doc) continue;
    last_seen[id] = doc;
    ++df[id];
    add_period(term_periods, id * n_periods, doc);
  }
  for (std::size_t id = 0; id < terms_.size(); ++id) {
    if (df[id] >= options_.min_df) {
      rows.push_back({terms_[id], df[id], counts_of(term_periods, id * n_periods)});
    }
  }

  // Levels 2..max: a phrase is counted only when its prefix and suffix were frequent.
  std::unordered_set<Gram, GramHash> frequent;
  auto was_frequent = [&](const std::uint32_t* ids, std::size_t n) {
    return n == 1 ? df[ids[0]] >= options_.min_phrase_df : frequent.contains(make_gram(ids, n));
  };
  std::vector<Gram> in_document;
  for (std::size_t n = 2; n <= options_.max_phrase_tokens; ++n) {
    std::unordered_map<Gram, Tally, GramHash> counts;
    std::vector<std::uint32_t> phrase_periods;
    std::size_t run_begin = 0;
    std::size_t document = 0;
    for (std::size_t i = 0; i < corpus_.size(); ++i) {
      std::uint32_t id = corpus_[i];
      if (id < kDocumentEnd) {
        if (i + 1 - run_begin >= n && was_frequent(&corpus_[i + 1 - n], n - 1) &&
            was_frequent(&corpus_[i + 2 - n], n - 1)) {
          in_document.push_back(make_gram(&corpus_[i + 1 - n], n));
        }
        continue;
      }
      run_begin = i + 1;
      if (id == kDocumentEnd) {
        std::sort(in_document.begin(), in_document.end());
        in_document.erase(std::unique(in_document.begin(), in_document.end()), in_document.end());
        for (const Gram& g : in_document) {
          Tally& tally = counts[g];
          if (tally.df++ == 0) {
            tally.period_counts = phrase_periods.size();
            phrase_periods.resize(phrase_periods.size() + n_periods, 0);
          }
          add_period(phrase_periods, tally.period_counts, document);
        }
        in_document.clear();
        ++document;
      }
    }
    std::unordered_set<Gram, GramHash> next;
    for (const auto& [gram, tally] : counts) {
      if (tally.df < options_.min_phrase_df) continue;
      next.insert(gram);
      std::string key;
      for (std::size_t k = 0; k < n; ++k) key += terms_[gram.ids[k]];
      rows.push_back({std::move(key), tally.df, counts_of(phrase_periods, tally.period_counts)});
    }
    frequent = std::move(next);
    if (frequent.empty()) break;
  }

  // The same string can be one token in one place and several in another: keep its largest count,
  // and its largest count in each period.
  std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
    return a.key != b.key ? a.key < b.key : a.df > b.df;
  });
  std::vector<Row> unique;
  for (Row& row : rows) {
    if (!unique.empty() && unique.back().key == row.key) {
      for (std::size_t p = 0; p < n_periods; ++p) {
        unique.back().periods[p] = std::max(unique.back().periods[p], row.periods[p]);
      }
    } else {
      unique.push_back(std::move(row));
    }
  }
  rows = std::move(unique);
  std::sort(rows.begin(), rows.end(),
            [](const Row& a, const Row& b) { return a.df != b.df ? a.df > b.df : a.key < b.key; });
  return {idf_table(rows), spans.empty() ? std::string() : period_table(rows, spans)};
}

std::string IdfBuilder::idf_table(const std::vector<Row>& rows) const {
  std::string out =
      "# zzreport IDF table: in how many documents each term or phrase occurs (data/README.md)\n"
      "# Columns, separated by a TAB: the term or phrase (a phrase's tokens joined, without "
      "quotation\n"
      "# marks) and the number of documents it occurs in.\n"
      "# #documents, #min_df, #min_phrase_df: the documents counted and the pruning thresholds.\n";
  out += "#documents " + std::to_string(documents_) + "\n#min_df " +
         std::to_string(options_.min_df) + "\n#min_phrase_df " +
         std::to_string(options_.min_phrase_df) + "\n";
  for (const Row& row : rows) {
    out += row.key;
    out += '\t';
    out += std::to_string(row.df);
    out += '\n';
  }
  return out;
}

std::string IdfBuilder::period_table(const std::vector<Row>& rows,
                                     const std::vector<Period>& spans) const {
  std::string out =
      "# zzreport period table: in how many documents of each period each term or phrase occurs\n"
      "# (data/README.md). Columns, separated by a TAB: the term or phrase, as in the IDF table,\n"
      "# and the number of documents of each period that have it, oldest period first, separated\n"
      "# by commas. Periods: five-year spans of the documents' years, joined until each has\n"
      "# enough documents; #period_years lists them, #period_documents their documents.\n";
  out += "#period_years";
  for (const Period& period : spans) {
    out += ' ' + std::to_string(period.first_year) + '-' + std::to_string(period.last_year);
  }
  out += "\n#period_documents";
  for (const Period& period : spans) out += ' ' + std::to_string(period.documents);
  out += '\n';
  for (const Row& row : rows) {
    out += row.key;
    for (std::size_t p = 0; p < row.periods.size(); ++p) {
      out += p == 0 ? '\t' : ',';
      out += std::to_string(row.periods[p]);
    }
    out += '\n';
  }
  return out;
}

}  // namespace zz::extract
