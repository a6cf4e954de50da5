// Fightin' Words: z-scores of the weighted log-odds ratio of each term between two groups.
#include "zzreport/extract/contrast.hpp"

#include <algorithm>
#include <cmath>
#include <optional>
#include <span>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "content_units.hpp"
#include "phrases.hpp"
#include "zzreport/extract/idf_table.hpp"
#include "zzreport/extract/period_table.hpp"
#include "zzreport/extract/stop_words.hpp"
#include "zzreport/extract/term_counts.hpp"
#include "zzreport/text/utf8.hpp"

namespace zz::extract {
namespace {

/// What the corpus background says of a term: its document frequency (the prior), whether it is
/// common vocabulary, and whether the background's reports of one group's periods use it more than
/// those of the other's.
class Background {
 public:
  Background(const ContrastBackground& background, const ContrastOptions& options, const TermBag& a,
             const TermBag& b)
      : idf_(background.idf), periods_(background.periods), options_(options) {
    if (idf_ != nullptr && idf_->documents() > 0) {
      genre_df_ = options.genre_share * idf_->documents();
    }
    if (periods_ != nullptr) {
      weights_a_ = period_weights(a);
      weights_b_ = period_weights(b);
      // Only between groups of different times: within one period (a province against the
      // others of the same years) every term's shares are alike.
      eras_ = !weights_a_.empty() && !weights_b_.empty();
      for (std::size_t p = 0; eras_ && p < weights_a_.size(); ++p) {
        if (weights_a_[p] > 0 && weights_b_[p] > 0) eras_ = false;
      }
    }
  }
  /// Looked up without quotation marks, as the tables key terms: “两基” as 两基.
  double df(const std::string& term) const {
    if (idf_ == nullptr) return 1.0;
    std::optional<std::uint32_t> df = idf_->document_frequency(term_key(term));
    return df ? std::max<double>(*df, 1.0) : 1.0;
  }
  /// Common vocabulary by the term's period share where the background has periods (a term of
  /// one era is rare over the decades even when the corpus is mostly of that era), else genre
  /// vocabulary by its plain document share.
  bool common(const std::string& term) const {
    if (periods_ != nullptr) {
      if (std::optional<double> share = periods_->period_share(term_key(term))) {
        return *share >= options_.common_share;
      }
    }
    return genre_df_ > 0 && df(term) >= genre_df_;
  }
  /// Whether the term may be listed on side A (`of_a`) or B: always, unless the groups are of
  /// different times and the background's reports of this side's periods have it less than
  /// era_ratio times as often as those of the other side's. A term the period table does not
  /// hold (too rare to judge) is listed.
  bool of_its_time(const std::string& term, bool of_a) const {
    if (!eras_) return true;
    std::span<const std::uint32_t> counts = periods_->documents_with(term_key(term));
    if (counts.empty()) return true;
    double share_a = 0;
    double share_b = 0;
    for (std::size_t p = 0; p < counts.size(); ++p) {
      double share = static_cast<double>(counts[p]) / periods_->periods()[p].documents;
      share_a += weights_a_[p] * share;
      share_b += weights_b_[p] * share;
    }
    double mine = (of_a ? share_a : share_b) + options_.era_smoothing;
    double other = (of_a ? share_b : share_a) + options_.era_smoothing;
    return mine >= options_.era_ratio * other;
  }

 private:
  /// The share of a group's reports with a year in each period of the table; empty when none of
  /// them has one.
  std::vector<double> period_weights(const TermBag& bag) const {
    std::vector<double> weights(periods_->periods().size(), 0.0);
    double dated = 0;
    for (const auto& [year, documents] : bag.years) {
      if (std::optional<std::size_t> p = periods_->period_of_year(year)) {
        weights[*p] += static_cast<double>(documents);
        dated += static_cast<double>(documents);
      }
    }
    if (dated == 0) return {};
    for (double& weight : weights) weight /= dated;
    return weights;
  }

  const IdfTable* idf_;
  const PeriodTable* periods_;
  const ContrastOptions& options_;
  double genre_df_ = 0;  // 0: no background, no genre filter
  std::vector<double> weights_a_;
  std::vector<double> weights_b_;
  bool eras_ = false;  // the groups' reports share no period: of_its_time() applies
};

}  // namespace

void TermBag::add(const TermBag& other) {
  for (const auto& [term, tally] : other.counts) {
    Tally& mine = counts[term];
    mine.prefix = mine.count == 0 || mine.prefix == tally.prefix ? tally.prefix : 0;
    mine.count += tally.count;
    mine.documents += tally.documents;
  }
  han_characters += other.han_characters;
  documents += other.documents;
  for (const auto& [year, n] : other.years) years[year] += n;
}

namespace {

/// The length in bytes of the stop word of two characters or more whose token ends at `begin`
/// (全面 before 深化改革), or 0.
std::uint32_t opening_stop_word(std::string_view text, std::span<const segment::Token> tokens,
                                std::uint32_t begin, const StopWords* stop_words) {
  if (stop_words == nullptr) return 0;
  auto it = std::lower_bound(tokens.begin(), tokens.end(), begin,
                             [](const segment::Token& t, std::uint32_t at) { return t.end < at; });
  if (it == tokens.end() || it->end != begin || it->type != segment::TokenType::word) return 0;
  std::string_view word = text.substr(it->begin, it->end - it->begin);
  if (text::utf8::count_code_points(word) < 2 || !stop_words->contains(word)) return 0;
  return it->end - it->begin;
}

}  // namespace

TermBag document_terms(const text::Document& doc, std::span<const segment::Token> tokens,
                       const StopWords* stop_words) {
  std::string_view text = doc.text;
  ContentUnits content = collect_units(text, tokens, stop_words);
  Phrases phrases = find_phrases(text, content);
  const std::vector<Unit>& units = content.units;
  auto text_of = [&](std::size_t first, std::size_t n) {
    return text.substr(units[first].begin, units[first + n - 1].end - units[first].begin);
  };
  // Unlike keyword ranking, which cuts the text into its longest phrases, every occurrence of a
  // word or phrase counts here, also inside a longer phrase: 非典 in 抗击非典, 和谐社会 in
  // 构建社会主义和谐社会. A group's count of a term is then how often its reports say it.
  std::unordered_set<std::string_view> phrase_texts;
  for (std::size_t p = 0; p < phrases.first.size(); ++p) {
    phrase_texts.insert(text_of(phrases.first[p], phrases.length[p]));
  }
  TermBag bag;
  bag.documents = 1;
  if (doc.year) bag.years[*doc.year] = 1;
  bag.han_characters = han_characters(text);
  std::unordered_map<std::string, TermBag::Tally> prefixed;  // phrases with their opening stop word
  for (std::size_t i = 0; i < units.size(); ++i) {
    if (!units[i].one_char) ++bag.counts[std::string(text_of(i, 1))].count;
    std::uint32_t longest = phrases.longest[i];
    if (longest == Phrases::kNone) continue;
    std::uint32_t opener =
        units[i].run_start ? opening_stop_word(text, tokens, units[i].begin, stop_words) : 0;
    for (std::size_t n = 2; n <= phrases.length[longest] && i + n <= units.size(); ++n) {
      std::string_view candidate = text_of(i, n);
      if (!phrase_texts.contains(candidate)) continue;
      ++bag.counts[std::string(candidate)].count;
      if (opener > 0) {
        TermBag::Tally& tally =
            prefixed[std::string(text.substr(units[i].begin - opener, opener + candidate.size()))];
        ++tally.count;
        tally.prefix = opener;
      }
    }
  }
  // A string that is also an ordinary term of the report (a token of the lexicon) stays one.
  for (auto& [term, tally] : prefixed) {
    auto [it, inserted] = bag.counts.try_emplace(term, tally);
    if (!inserted) it->second.count += tally.count;
  }
  for (auto& [term, tally] : bag.counts) tally.documents = 1;
  return bag;
}

namespace {

/// Whether `shorter` occurs mostly inside `longer`: it is part of it and occurs on each side at
/// most a quarter more often than it, plus once (侧结构性 of 供给侧结构性改革; 较快 and 平稳较快 of
/// 经济平稳较快发展; but 高质量, 26 times against 19 of 高质量发展, is a term of its own).
bool mostly_inside(const ContrastRow& shorter, const ContrastRow& longer) {
  auto close = [](std::uint64_t s, std::uint64_t l) { return 4 * s <= 5 * l + 4; };
  return longer.term.size() > shorter.term.size() &&
         longer.term.find(shorter.term) != std::string::npos &&
         close(shorter.count_a, longer.count_a) && close(shorter.count_b, longer.count_b);
}

/// Marks the rows that occur mostly inside a longer term of the vocabulary: the longer term then
/// speaks for them, and only that one is listed, wherever it ranks. Each term's substrings are
/// looked up among the rows, so that a part is found whatever its counts: a phrase can even be
/// counted more often than its part (习近平新时代中国特色社会主义思想 178 times,
/// 习近平新时代中国特色 166), since a part counts only where the phrase finder ended a phrase on
/// it.
/// Rows that are not terms (`not_terms`) hold nothing.
std::vector<bool> held_by_longer_terms(
    const std::vector<ContrastRow>& rows,
    const std::unordered_map<std::string_view, std::size_t>& row_of,
    const std::vector<bool>& not_terms) {
  std::vector<bool> held(rows.size(), false);
  std::vector<std::size_t> starts;  // the code point boundaries of a term
  for (std::size_t r = 0; r < rows.size(); ++r) {
    if (not_terms[r]) continue;
    const ContrastRow& longer = rows[r];
    std::string_view term = longer.term;
    starts.clear();
    for (std::size_t i = 0; i < term.size(); text::utf8::next_code_point(term, i)) {
      starts.push_back(i);
    }
    starts.push_back(term.size());
    for (std::size_t b = 0; b + 1 < starts.size(); ++b) {
      for (std::size_t e = b + 1; e < starts.size(); ++e) {
        if (b == 0 && e + 1 == starts.size()) continue;  // the term itself
        auto it = row_of.find(term.substr(starts[b], starts[e] - starts[b]));
        if (it != row_of.end() && mostly_inside(rows[it->second], longer)) held[it->second] = true;
      }
    }
  }
  return held;
}

/// The rows that are phrases counted with the stop word that opens them (全面深化改革) but do not
/// stand for the phrase: it is not a row, or it occurs apart from the word more than about once in
/// ten (on either side at most a tenth more often than with it, plus once). Such a row is not a
/// term; one that stands for its phrase is listed in its place. The bar is stricter than
/// mostly_inside()'s: 建设小康社会 follows 全面 in 231 of 232 provincial uses of 2003-2007, a name
/// of the formula; 科学发展观 follows 落实 in 11 of 14 uses in 云南's reports of 2005-2007, a verb
/// and its object, and stays the term.
std::vector<bool> openers_without_their_phrase(
    const std::vector<ContrastRow>& rows,
    const std::unordered_map<std::string_view, std::size_t>& row_of) {
  std::vector<bool> out(rows.size(), false);
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (rows[i].opener == 0) continue;
    auto phrase = row_of.find(std::string_view(rows[i].term).substr(rows[i].opener));
    auto nearly_all = [](std::uint64_t apart, std::uint64_t with_opener) {
      return 10 * apart <= 11 * with_opener + 10;
    };
    out[i] = phrase == row_of.end() || !nearly_all(rows[phrase->second].count_a, rows[i].count_a) ||
             !nearly_all(rows[phrase->second].count_b, rows[i].count_b);
  }
  return out;
}

}  // namespace

Contrast contrast(const TermBag& a, const TermBag& b, const ContrastBackground& background,
                  const ContrastOptions& options) {
  Background bg(background, options, a, b);
  // The vocabulary: every term of either group that is not common vocabulary, with its counts,
  // its background document frequency and the stop word that opens it, each looked up once.
  struct Term {
    const std::string* text;
    std::uint64_t count_a;
    std::uint64_t count_b;
    double df;
    std::uint32_t opener;
  };
  std::vector<Term> vocabulary;
  for (const auto& [term, tally] : a.counts) {
    if (bg.common(term)) continue;
    auto in_b = b.counts.find(term);
    bool both = in_b != b.counts.end();
    vocabulary.push_back({&term, tally.count, both ? in_b->second.count : 0, bg.df(term),
                          std::max(tally.prefix, both ? in_b->second.prefix : 0u)});
  }
  for (const auto& [term, tally] : b.counts) {
    if (!a.counts.contains(term) && !bg.common(term)) {
      vocabulary.push_back({&term, 0, tally.count, bg.df(term), tally.prefix});
    }
  }
  double df_total = 0;
  double n_a = 0;
  double n_b = 0;
  for (const Term& term : vocabulary) {
    df_total += term.df;
    n_a += static_cast<double>(term.count_a);
    n_b += static_cast<double>(term.count_b);
  }
  double alpha0 = options.prior_weight * static_cast<double>(vocabulary.size());

  std::vector<ContrastRow> rows;
  rows.reserve(vocabulary.size());
  for (const Term& term : vocabulary) {
    auto y_a = static_cast<double>(term.count_a);
    auto y_b = static_cast<double>(term.count_b);
    // The prior's share of a term: its background share mixed with its share of the two groups
    // (Monroe et al. take the prior from the texts compared). With the background alone, a term
    // rare in the corpus but frequent in one group (农业税 13 to 0) got an alpha near 0, whose
    // variance 1/alpha sank its z below common words (比上 26 to 0).
    double share = (1 - options.pooled_share) * term.df / df_total +
                   options.pooled_share * (y_a + y_b) / (n_a + n_b);
    double alpha = alpha0 * share;
    // Monroe et al. (2008), eq. 16 and 18-20: log-odds of the term in each group with the prior
    // added, their difference, and its approximate variance.
    double delta = std::log((y_a + alpha) / (n_a + alpha0 - y_a - alpha)) -
                   std::log((y_b + alpha) / (n_b + alpha0 - y_b - alpha));
    double variance = 1.0 / (y_a + alpha) + 1.0 / (y_b + alpha);
    rows.push_back(
        {*term.text, delta / std::sqrt(variance), term.count_a, term.count_b, term.opener});
  }
  auto higher = [](const ContrastRow& x, const ContrastRow& y) {
    return x.z != y.z ? x.z > y.z : x.term < y.term;
  };
  std::sort(rows.begin(), rows.end(), higher);
  std::unordered_map<std::string_view, std::size_t> row_of;
  row_of.reserve(rows.size());
  for (std::size_t i = 0; i < rows.size(); ++i) row_of.emplace(rows[i].term, i);
  std::vector<bool> not_terms = openers_without_their_phrase(rows, row_of);
  std::vector<bool> held = held_by_longer_terms(rows, row_of, not_terms);
  for (std::size_t i = 0; i < rows.size(); ++i) held[i] = held[i] || not_terms[i];
  Contrast out;
  for (std::size_t i = 0; i < rows.size() && out.a.size() < options.top && rows[i].z > 0; ++i) {
    if (!held[i] && bg.of_its_time(rows[i].term, true)) out.a.push_back(rows[i]);
  }
  for (std::size_t i = rows.size(); i > 0 && out.b.size() < options.top && rows[i - 1].z < 0; --i) {
    if (!held[i - 1] && bg.of_its_time(rows[i - 1].term, false)) out.b.push_back(rows[i - 1]);
  }
  return out;
}

std::vector<ContrastRow> new_terms(const TermBag& a, const TermBag& b,
                                   const ContrastBackground& background,
                                   const ContrastOptions& options, std::uint64_t min_count) {
  Background bg(background, options, a, b);
  std::vector<ContrastRow> rows;
  for (const auto& [term, tally] : a.counts) {
    if (tally.count >= min_count && tally.prefix == 0 && !b.counts.contains(term) &&
        !bg.common(term)) {
      rows.push_back({term, 0, tally.count, 0});
    }
  }
  std::sort(rows.begin(), rows.end(), [](const ContrastRow& x, const ContrastRow& y) {
    return x.count_a != y.count_a ? x.count_a > y.count_a : x.term < y.term;
  });
  if (rows.size() > options.top) rows.resize(options.top);
  return rows;
}

}  // namespace zz::extract
