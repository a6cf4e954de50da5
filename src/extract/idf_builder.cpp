// IdfBuilder: document frequencies of terms and of phrases, counted level by level (apriori).
#include "zzreport/extract/idf_builder.hpp"

#include <algorithm>
#include <limits>
#include <unordered_set>

#include "content_units.hpp"
#include "gram.hpp"

namespace zz::extract {
namespace {

constexpr std::uint32_t kRunEnd = std::numeric_limits<std::uint32_t>::max();
constexpr std::uint32_t kDocumentEnd = kRunEnd - 1;
struct Row {
  std::string key;
  std::uint32_t df;
};

}  // namespace

IdfBuilder::IdfBuilder(const StopWords* stop_words, IdfBuildOptions options)
    : stop_words_(stop_words), options_(options) {
  options_.max_phrase_tokens =
      std::clamp<std::size_t>(options_.max_phrase_tokens, 1, kMaxGramTokens);
}

void IdfBuilder::add_document(std::string_view text, std::span<const segment::Token> tokens) {
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
  ++documents_;
}

std::string IdfBuilder::table() const {
  std::vector<Row> rows;
  // Level 1: terms. A per-term "last document seen" counts each document once.
  std::vector<std::uint32_t> df(terms_.size(), 0), last_seen(terms_.size(), kRunEnd);
  std::uint32_t doc = 0;
  for (std::uint32_t id : corpus_) {
    if (id == kDocumentEnd) ++doc;
    if (id >= kDocumentEnd || last_seen[id] == doc) continue;
    last_seen[id] = doc;
    ++df[id];
  }
  for (std::size_t id = 0; id < terms_.size(); ++id) {
    if (df[id] >= options_.min_df) rows.push_back({terms_[id], df[id]});
  }

  // Levels 2..max: a phrase is counted only when its prefix and suffix were frequent.
  std::unordered_set<Gram, GramHash> frequent;
  auto was_frequent = [&](const std::uint32_t* ids, std::size_t n) {
    return n == 1 ? df[ids[0]] >= options_.min_phrase_df : frequent.contains(make_gram(ids, n));
  };
  std::vector<Gram> in_document;
  for (std::size_t n = 2; n <= options_.max_phrase_tokens; ++n) {
    std::unordered_map<Gram, std::uint32_t, GramHash> counts;
    std::size_t run_begin = 0;
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
        for (const Gram& g : in_document) ++counts[g];
        in_document.clear();
      }
    }
    std::unordered_set<Gram, GramHash> next;
    for (const auto& [gram, count] : counts) {
      if (count < options_.min_phrase_df) continue;
      next.insert(gram);
      std::string key;
      for (std::size_t k = 0; k < n; ++k) key += terms_[gram.ids[k]];
      rows.push_back({std::move(key), count});
    }
    frequent = std::move(next);
    if (frequent.empty()) break;
  }

  // The same string can be one token in one place and several in another: keep its largest count.
  std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
    return a.key != b.key ? a.key < b.key : a.df > b.df;
  });
  rows.erase(std::unique(rows.begin(), rows.end(),
                         [](const Row& a, const Row& b) { return a.key == b.key; }),
             rows.end());
  std::sort(rows.begin(), rows.end(),
            [](const Row& a, const Row& b) { return a.df != b.df ? a.df > b.df : a.key < b.key; });

  std::string out =
      "# zzreport IDF table: in how many documents each term or phrase occurs (data/README.md)\n"
      "# Columns, separated by a TAB: the term or phrase (a phrase's tokens joined, without "
      "quotation\n"
      "# marks), the number of documents it occurs in. #documents, #min_df, #min_phrase_df: the\n"
      "# documents counted and the pruning thresholds.\n";
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

}  // namespace zz::extract
