// KeywordExtractor::extract(): units -> phrases -> terms (longest phrase first) -> scores -> top k.
#include "zzreport/extract/keywords.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>  // std::greater
#include <optional>
#include <string>

#include "content_units.hpp"
#include "keyword_typer.hpp"
#include "phrases.hpp"
#include "textrank.hpp"
#include "zzreport/extract/idf_table.hpp"

namespace zz::extract {
namespace {

constexpr std::size_t kTextRankWindow = 5;  // as in TextRank's paper and jieba

/// A distinct term of the document: one unit, or a phrase of several.
struct Term {
  std::uint32_t unit = 0;    // the first unit of its first occurrence
  std::uint32_t length = 1;  // in units
  std::uint32_t count = 0;
  bool eligible = false;  // may be a keyword: not a lone character (市, 新, 高), which says
                          // nothing by itself but still counts inside phrases
};

/// The document as a sequence of terms: each run cut, position by position, into the longest
/// phrase that starts there.
struct TermSequence {
  static constexpr std::uint32_t kInside = 0xFFFFFFFFu;
  std::vector<Term> terms;  // numbered in order of first occurrence
  std::vector<std::uint32_t>
      term_at;  // per unit: the term whose occurrence starts there, or kInside

  /// Calls f(term, first unit) for each occurrence, in order. A plain scan of term_at: stepping by
  /// each term's length instead made every step wait for two loads.
  template <typename F>
  void for_each_occurrence(F&& f) const {
    for (std::uint32_t i = 0; i < term_at.size(); ++i) {
      if (term_at[i] != kInside) f(term_at[i], i);
    }
  }

  /// Calls f(term, first unit) for each occurrence of a term whose `picked[term]` is not
  /// CooccurrenceGraph::kNoNode, in order; `picked` holds one entry more than there are terms,
  /// kNoNode, which the units inside an occurrence read. One branch per unit, on whether its term
  /// is picked, which is nearly always false for a few top terms: a branch on whether an occurrence
  /// starts at a unit is one the predictor cannot guess.
  template <typename F>
  void for_each_occurrence_of(const std::vector<std::uint32_t>& picked, F&& f) const {
    std::uint32_t inside = static_cast<std::uint32_t>(terms.size());
    for (std::uint32_t i = 0; i < term_at.size(); ++i) {
      std::uint32_t t = std::min(term_at[i], inside);
      if (picked[t] != CooccurrenceGraph::kNoNode) f(t, i);
    }
  }
};

TermSequence segment_terms(const ContentUnits& content, const Phrases& phrases) {
  const std::vector<Unit>& units = content.units;
  // The term of each unit id, then of each phrase, numbered when it first occurs.
  std::size_t phrase_base = content.id_counts.size();
  std::vector<std::uint32_t> term_of(phrase_base + phrases.first.size(),
                                     CooccurrenceGraph::kNoNode);
  TermSequence sequence;
  sequence.terms.reserve(term_of.size());
  sequence.term_at.assign(units.size(), TermSequence::kInside);
  for (std::uint32_t i = 0; i < units.size();) {
    std::uint32_t phrase = phrases.longest[i];
    std::uint32_t n = phrase == Phrases::kNone ? 1 : phrases.length[phrase];
    std::uint32_t& slot = term_of[phrase == Phrases::kNone ? units[i].id : phrase_base + phrase];
    if (slot == CooccurrenceGraph::kNoNode) {
      slot = static_cast<std::uint32_t>(sequence.terms.size());
      sequence.terms.push_back({i, n, 0, n > 1 || !units[i].one_char});
    }
    ++sequence.terms[slot].count;
    sequence.term_at[i] = slot;
    i += n;
  }
  return sequence;
}

/// IDF look-ups for the terms of one document: each unit's IDF is looked up once, however many
/// phrases it is part of, and only for a phrase the table does not hold; a phrase's key is built
/// in one reused buffer.
class TermIdf {
 public:
  TermIdf(const IdfTable& idf, std::string_view text, const std::vector<Unit>& units,
          std::size_t unit_ids)
      : idf_(idf), text_(text), units_(units), unit_idf_(unit_ids, kUnknown) {}

  double operator()(const Term& term) {
    if (term.length == 1) return unit_idf(term.unit);
    // The phrase's key is its units' texts without what stands between them (quotation marks).
    key_.clear();
    for (std::uint32_t k = 0; k < term.length; ++k) key_ += unit_text(term.unit + k);
    if (std::optional<double> listed = idf_.listed_idf(key_)) return *listed;
    double max_part = 0;
    for (std::uint32_t k = 0; k < term.length; ++k)
      max_part = std::max(max_part, unit_idf(term.unit + k));
    return idf_.unlisted_phrase_idf(max_part);
  }

 private:
  static constexpr double kUnknown = -1;
  std::string_view unit_text(std::uint32_t i) const {
    return text_.substr(units_[i].begin, units_[i].end - units_[i].begin);
  }
  double unit_idf(std::uint32_t i) {
    double& known = unit_idf_[units_[i].id];
    if (known == kUnknown) known = idf_.term_idf(unit_text(i));
    return known;
  }

  const IdfTable& idf_;
  std::string_view text_;
  const std::vector<Unit>& units_;
  std::vector<double> unit_idf_;  // per unit id
  std::string key_;
};

/// 1 + ln(count), from a table for the counts of nearly every term: ranking weighs hundreds of
/// terms per report, and a logarithm costs as much as the rest of weighing one.
double log_frequency(std::uint32_t count) {
  static const std::array<double, 256> kTable = [] {
    std::array<double, 256> table{};
    for (std::uint32_t c = 1; c < table.size(); ++c) table[c] = 1 + std::log(c);
    return table;
  }();
  return count < kTable.size() ? kTable[count] : 1 + std::log(count);
}

/// The eligible terms, most frequent first, in order of first occurrence among equals (a
/// counting sort: a report has thousands of terms and counts of a few hundred at most).
std::vector<std::uint32_t> by_count_descending(const std::vector<Term>& terms) {
  std::uint32_t max_count = 0;
  for (const Term& term : terms) {
    if (term.eligible) max_count = std::max(max_count, term.count);
  }
  std::vector<std::uint32_t> start(max_count + 2, 0);
  for (const Term& term : terms) {
    if (term.eligible) ++start[max_count - term.count + 1];
  }
  for (std::size_t c = 1; c < start.size(); ++c) start[c] += start[c - 1];
  std::vector<std::uint32_t> order(start.back());
  for (std::uint32_t t = 0; t < terms.size(); ++t) {
    if (terms[t].eligible) order[start[max_count - terms[t].count]++] = t;
  }
  return order;
}

std::vector<double> textrank_scores(const TermSequence& sequence) {
  // Nodes are the eligible terms, in the order they occur; lone characters are skipped over.
  std::vector<std::uint32_t> nodes;
  nodes.reserve(sequence.term_at.size());
  sequence.for_each_occurrence([&](std::uint32_t t, std::uint32_t) {
    if (sequence.terms[t].eligible) nodes.push_back(t);
  });
  return CooccurrenceGraph(sequence.terms.size(), nodes, kTextRankWindow).rank({});
}

/// A term, its score and its type.
struct Scored {
  std::uint32_t term;
  double score;
  KeywordType type = KeywordType::term;
};

/// The k best scores so far (a min-heap; k = 0: no limit, nothing kept).
class TopScores {
 public:
  explicit TopScores(std::size_t k) : k_(k) {}
  bool full() const { return k_ > 0 && best_.size() == k_; }
  double worst() const { return best_.front(); }
  void add(double score) {
    if (k_ == 0) return;
    if (!full()) {
      best_.push_back(score);
      std::push_heap(best_.begin(), best_.end(), std::greater<>());
    } else if (score > best_.front()) {
      std::pop_heap(best_.begin(), best_.end(), std::greater<>());
      best_.back() = score;
      std::push_heap(best_.begin(), best_.end(), std::greater<>());
    }
  }

 private:
  std::size_t k_;
  std::vector<double> best_;
};

/// One call of KeywordExtractor::extract(), stage by stage: the document's terms, the candidates
/// in the order they are scored, their scores and types (fragments left out), the top k of the
/// topics and of the names, the keywords with spans and counts.
class Extraction {
 public:
  Extraction(const text::Document& doc, std::span<const segment::Token> tokens, const IdfTable& idf,
             const StopWords* stop_words, const KeywordOptions& options,
             const KeywordEvidence& evidence)
      : doc_(doc),
        text_(doc.text),
        content_(collect_units(text_, tokens, stop_words, evidence.rules)),
        sequence_(segment_terms(content_, find_phrases(text_, content_))),
        idf_(idf),
        options_(options),
        typer_(text_, std::move(content_.stems), idf, stop_words, evidence.regions,
               evidence.rules) {}

  std::vector<std::uint32_t> candidates();
  std::vector<Scored> scores(const std::vector<std::uint32_t>& candidates) const;
  void keep_top_k(std::vector<Scored>& scored) const;
  std::vector<Keyword> keywords(const std::vector<Scored>& top) const;

 private:
  /// The type of term `t`, or nullopt for a fragment or a function phrase.
  std::optional<KeywordType> judge(std::uint32_t t) const {
    const Term& term = terms()[t];
    bool slogan = true;
    for (std::uint32_t k = 0; k < term.length; ++k)
      slogan = slogan && content_.units[term.unit + k].slogan;
    return typer_.judge(occurrence(t, term.unit), slogan);
  }

  const std::vector<Term>& terms() const { return sequence_.terms; }
  /// A term's weight before IDF: sublinear term frequency (the 50th mention of 产业 adds less
  /// than the 2nd of 湘赣边), or its TextRank score.
  double weight(std::uint32_t t) const {
    return options_.method == KeywordMethod::tfidf ? log_frequency(terms()[t].count) : rank_[t];
  }
  /// An occurrence's text runs from its first unit to its last, with any quotation marks between.
  text::ByteRange occurrence(std::uint32_t t, std::uint32_t first) const {
    const std::vector<Unit>& units = content_.units;
    return text::ByteRange{units[first].begin, units[first + terms()[t].length - 1].end};
  }
  std::string_view first_text(std::uint32_t t) const {
    text::ByteRange r = occurrence(t, terms()[t].unit);
    return text_.substr(r.begin, r.end - r.begin);
  }

  const text::Document& doc_;
  std::string_view text_;
  ContentUnits content_;
  TermSequence sequence_;
  const IdfTable& idf_;
  const KeywordOptions& options_;
  KeywordTyper typer_;
  std::vector<double> rank_;  // TextRank scores per term (textrank and combined)
};

/// The eligible terms by their weight before IDF, best first.
std::vector<std::uint32_t> Extraction::candidates() {
  if (options_.method == KeywordMethod::tfidf) return by_count_descending(terms());
  rank_ = textrank_scores(sequence_);
  std::vector<std::uint32_t> candidates;
  for (std::uint32_t t = 0; t < terms().size(); ++t) {
    if (terms()[t].eligible) candidates.push_back(t);
  }
  std::stable_sort(candidates.begin(), candidates.end(),
                   [&](std::uint32_t a, std::uint32_t b) { return rank_[a] > rank_[b]; });
  return candidates;
}

/// The candidates' scores and types, in candidate order. IDF never exceeds idf.max_idf(), so once
/// weight x max_idf falls below the k-th best score of a topic so far no later term can enter the
/// top k: looking up the IDF of the long tail (most terms occur once) is skipped, which halves the
/// time of extraction. Only a candidate that can enter the top k is typed, and a fragment is left
/// out; a place or an organisation does not count towards the k topics, and is kept with them
/// only if it scores as well.
std::vector<Scored> Extraction::scores(const std::vector<std::uint32_t>& candidates) const {
  const double max_idf = idf_.max_idf();
  TermIdf term_idf(idf_, text_, content_.units, content_.id_counts.size());
  TopScores best(options_.top_k);
  std::vector<Scored> scored;
  // The IDF look-ups are not prefetched ahead of the loop: on the machine measured, each prefetch
  // cost more than the wait it saved (docs/keywords.md, 2026-12-05).
  for (std::size_t c = 0; c < candidates.size(); ++c) {
    std::uint32_t t = candidates[c];
    bool textrank = options_.method == KeywordMethod::textrank;
    double w = weight(t);
    if (!textrank && best.full() && w * max_idf < best.worst()) break;
    double score = textrank ? w : w * term_idf(terms()[t]);
    if (best.full() && score < best.worst()) continue;
    std::optional<KeywordType> type = judge(t);
    if (!type) continue;
    scored.push_back({t, score, *type});
    if (!is_name(*type)) best.add(score);
  }
  return scored;
}

/// Keeps the top_k best topics, then the top_names best places and organisations: by score, then
/// count, then text, so that ties are broken the same way on every run.
void Extraction::keep_top_k(std::vector<Scored>& scored) const {
  auto better = [&](const Scored& a, const Scored& b) {
    if (a.score != b.score) return a.score > b.score;
    std::uint32_t a_count = terms()[a.term].count;
    std::uint32_t b_count = terms()[b.term].count;
    if (a_count != b_count) return a_count > b_count;
    return first_text(a.term) < first_text(b.term);
  };
  auto names = std::stable_partition(scored.begin(), scored.end(),
                                     [](const Scored& s) { return !is_name(s.type); });
  auto keep = [&](auto first, auto last, std::size_t k) {
    auto end = first + std::min(static_cast<std::ptrdiff_t>(k), last - first);
    std::partial_sort(first, end, last, better);
    return end;
  };
  auto topics_end = keep(scored.begin(), names, options_.top_k);
  auto names_end = keep(names, scored.end(), options_.top_names);
  scored.erase(std::move(names, names_end, topics_end), scored.end());
}

/// The keywords of the `top` terms, with their first spans and occurrences per top-level section,
/// in one pass over the occurrences.
std::vector<Keyword> Extraction::keywords(const std::vector<Scored>& top) const {
  std::vector<text::ByteRange> top_sections;
  for (const text::Section& s : doc_.sections) {
    if (s.level == 1) top_sections.push_back(s.body);
  }
  std::vector<Keyword> keywords(top.size());
  std::vector<std::uint32_t> slot(terms().size() + 1, CooccurrenceGraph::kNoNode);
  for (std::uint32_t r = 0; r < top.size(); ++r) {
    const Term& term = terms()[top[r].term];
    slot[top[r].term] = r;
    keywords[r].term = std::string(first_text(top[r].term));
    keywords[r].type = top[r].type;
    keywords[r].score = top[r].score;
    keywords[r].count = term.count;
    keywords[r].phrase = term.length > 1;
    keywords[r].section_counts.assign(top_sections.size(), 0);
  }
  std::size_t section = 0;
  sequence_.for_each_occurrence_of(slot, [&](std::uint32_t t, std::uint32_t first) {
    text::ByteRange o = occurrence(t, first);
    while (section < top_sections.size() && top_sections[section].end <= o.begin) ++section;
    Keyword& keyword = keywords[slot[t]];
    if (keyword.spans.size() < options_.max_spans) keyword.spans.push_back(doc_.span_of(o));
    if (section < top_sections.size() && top_sections[section].begin <= o.begin) {
      ++keyword.section_counts[section];
    }
  });
  return keywords;
}

}  // namespace

std::optional<KeywordMethod> parse_keyword_method(std::string_view name) {
  if (name == "tfidf") return KeywordMethod::tfidf;
  if (name == "textrank") return KeywordMethod::textrank;
  if (name == "combined") return KeywordMethod::combined;
  return std::nullopt;
}

std::string_view to_string(KeywordMethod method) {
  switch (method) {
    case KeywordMethod::tfidf:
      return "tfidf";
    case KeywordMethod::textrank:
      return "textrank";
    case KeywordMethod::combined:
      return "combined";
  }
  return "tfidf";
}

KeywordExtractor::KeywordExtractor(const IdfTable* idf, const StopWords* stop_words,
                                   KeywordOptions options, KeywordEvidence evidence)
    : idf_(idf), stop_words_(stop_words), options_(options), evidence_(evidence) {}

std::vector<Keyword> KeywordExtractor::extract(const text::Document& doc,
                                               std::span<const segment::Token> tokens) const {
  static const IdfTable kNoIdf;
  Extraction extraction(doc, tokens, idf_ != nullptr ? *idf_ : kNoIdf, stop_words_, options_,
                        evidence_);
  std::vector<Scored> scored = extraction.scores(extraction.candidates());
  extraction.keep_top_k(scored);
  return extraction.keywords(scored);
}

}  // namespace zz::extract
