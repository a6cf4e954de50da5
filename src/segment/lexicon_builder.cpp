// LexiconBuilder: candidates (ICU's dictionary words, discovered new words, quoted numbered
// slogans, every character), then Viterbi re-estimation of their frequencies on the corpus with the
// same lattice the segmenter uses, so that the shipped frequencies are those of the segmentation.
#include "zzreport/segment/lexicon_builder.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <unordered_set>

#include "char_class.hpp"
#include "char_use.hpp"
#include "compound.hpp"
#include "icu_dictionary.hpp"
#include "lattice.hpp"
#include "ngram_stats.hpp"
#include "word_trie.hpp"
#include "zzreport/text/utf8.hpp"

namespace zz::segment {

using detail::is_han_text;

namespace {

struct U32Hash {
  std::size_t operator()(const std::u32string& s) const {
    return std::hash<std::u32string_view>()(s);
  }
};

bool has_numeral(std::u32string_view s) {
  return std::any_of(s.begin(), s.end(), [](char32_t cp) {
    return detail::is_cn_digit(cp) || detail::is_cn_magnitude(cp);
  });
}

constexpr std::size_t kMaxSloganChars = 8;

// A common word of general language: a two-character word of ICU's dictionary cheaper than this
// (6,200 of its 141,000 two-character words: 工业, 努力, 中部; not the rare or Japanese ones that
// the dictionary also holds, 警部, 国共, which would cut 武警部队, 中国共产党).
constexpr int kCommonWordCost = 90;
// And a common word of three characters, cheaper than this (现代化 101, 合理化 95: 7,000 words):
// 化进程 begins inside 现代化 (现代化进程), 省省长 inside 湖南省 (湖南省省长). 100 gives the same
// F1.
constexpr int kCommonTripleCost = 110;
// A discovered n-gram is a fragment when more than this share of its occurrences begin or end
// inside a common word (业增加值: 工业增加值, 产业增加值). 0.3 and 0.7 give the same F1 on PKU.
constexpr double kFragmentShare = 0.5;

// Closed classes of function characters that make a phrase with a word, however the statistics of
// free characters below rank them: prepositions and conjunctions at either end (以习近平, 为核心,
// 向全市, 及配套, 坚持以, 转化为) and localizers after it (领导下, 情况下, 范围内, 发生后).
// Position matters: 内蒙古 stays a word (a localizer only ends a phrase).
constexpr std::u32string_view kPrepositions = U"为对把被以从向与和及并由将在";
constexpr std::u32string_view kLocalizers = U"上下中里内外前后间";
// A known word with a free character at an end is a phrase only when the word also occurs without
// the character: its count over the n-gram's is more than this (满洲里, 海内外, 李克强 stay words).
constexpr double kIndependentRest = 1.25;

// A free character stands alone in more than this share of its uses in general language (ICU's
// dictionary), besides most of its uses in the corpus (detail::CharUse::kFreeShare).
constexpr double kGeneralFreeShare = 0.9;

// A function character: a one-character word of ICU's dictionary this cheap (这 59, 是 48, 将 57,
// 还 64; not 改 73, 则 70). A simplified form of a traditional entry made of them alone is a
// phrase.
constexpr int kFunctionCharCost = 65;

using NgramCounts = std::unordered_map<detail::NgramKey, std::uint32_t, detail::NgramKeyHash>;

/// Adds to `counts` (whose keys are the n-grams of interest, of 2..6 characters) how often each
/// follows a number: an Arabic digit before its run (`after_digit`) or a Chinese numeral (三件,
/// 十二名).
void count_after_numbers(const std::u32string& corpus,
                         const std::vector<std::uint32_t>& after_digit, NgramCounts& counts) {
  auto count_at = [&](std::size_t i) {
    for (std::size_t n = 2; n <= 6 && i + n <= corpus.size() && corpus[i + n - 1] != 0; ++n) {
      if (auto it = counts.find(detail::make_ngram_key(corpus.data() + i, n)); it != counts.end())
        ++it->second;
    }
  };
  for (std::uint32_t i : after_digit) count_at(i);
  for (std::size_t i = 1; i < corpus.size(); ++i) {
    char32_t before = corpus[i - 1];
    if (corpus[i] != 0 && (detail::is_cn_digit(before) || detail::is_cn_magnitude(before)))
      count_at(i);
  }
}

/// How often an n-gram's occurrences begin (`left`) or end (`right`) inside a common word.
struct Crossings {
  std::uint32_t left = 0;
  std::uint32_t right = 0;
};

using CrossingCounts = std::unordered_map<detail::NgramKey, Crossings, detail::NgramKeyHash>;

/// A pair of characters packed as one key.
std::uint64_t pair_key(char32_t a, char32_t b) { return (static_cast<std::uint64_t>(a) << 32) | b; }
/// Three characters (21 bits each) packed as one key.
std::uint64_t triple_key(char32_t a, char32_t b, char32_t c) {
  return (static_cast<std::uint64_t>(a) << 42) | (static_cast<std::uint64_t>(b) << 21) | c;
}

/// Calls `visit(i, n, value)` for every occurrence in `corpus` of a key of `counts` (n-grams of
/// 2..max_length characters): at index i, n characters long.
template <class Counts, class Visit>
void for_each_occurrence(const std::u32string& corpus, Counts& counts, std::size_t max_length,
                         Visit&& visit) {
  for (std::size_t i = 0; i < corpus.size(); ++i) {
    if (corpus[i] == 0) continue;
    for (std::size_t n = 2; n <= max_length && i + n <= corpus.size() && corpus[i + n - 1] != 0;
         ++n) {
      auto it = counts.find(detail::make_ngram_key(corpus.data() + i, n));
      if (it != counts.end()) visit(i, n, it->second);
    }
  }
}

/// Adds to `counts` (whose keys are the n-grams of interest, of 2..max_length characters) how often
/// each occurrence's first character makes a word of `common` (two-character words) with the
/// character before it, and its last character with the character after it: 业增加值 in
/// 工业增加值, 部地区 in 中部地区.
void count_crossings(const std::u32string& corpus, const std::unordered_set<std::uint64_t>& common,
                     const std::unordered_set<std::uint64_t>& common3, std::size_t max_length,
                     CrossingCounts& counts) {
  // Whether the character at `a` begins a common word (of two or three characters) that crosses
  // into the next; a 0 ends a run.
  auto begins_common = [&](std::size_t a) {
    return corpus[a] != 0 && corpus[a + 1] != 0 &&
           (common.count(pair_key(corpus[a], corpus[a + 1])) != 0 ||
            (corpus[a + 2] != 0 &&
             common3.count(triple_key(corpus[a], corpus[a + 1], corpus[a + 2])) != 0));
  };
  // Whether the character at `a` ends a common word that begins before it.
  auto ends_common = [&](std::size_t a) {
    return a > 0 && corpus[a - 1] != 0 &&
           (common.count(pair_key(corpus[a - 1], corpus[a])) != 0 ||
            (a > 1 && corpus[a - 2] != 0 &&
             common3.count(triple_key(corpus[a - 2], corpus[a - 1], corpus[a])) != 0));
  };
  for_each_occurrence(corpus, counts, max_length, [&](std::size_t i, std::size_t n, Crossings& c) {
    if (ends_common(i)) ++c.left;
    if (begins_common(i + n - 1)) ++c.right;  // the corpus ends with a 0
  });
}

}  // namespace

struct LexiconBuilder::Impl {
  std::u32string corpus;  // Han runs, each followed by a 0
  std::vector<std::uint32_t>
      after_digit;  // corpus indices of runs that follow an Arabic digit (10件)
  std::vector<std::uint32_t>
      before_digit;  // corpus indices of the 0 ending a run that an Arabic digit follows (达到95)
  std::unordered_map<std::u32string, std::uint32_t, U32Hash>
      quoted;  // quoted numbered formulations
};

LexiconBuilder::LexiconBuilder() : impl_(std::make_unique<Impl>()) {}
LexiconBuilder::~LexiconBuilder() = default;

void LexiconBuilder::add_text(std::string_view text) {
  std::u32string& corpus = impl_->corpus;
  bool in_run = false;
  bool after_digit = false;
  // The 0 ending the last run while only spaces have followed it (达到 95%), else npos.
  std::size_t run_end = std::u32string::npos;
  std::size_t open_quote = std::u32string::npos;  // corpus index after a “
  for (std::size_t i = 0; i < text.size();) {
    char32_t cp = text::utf8::next_code_point(text, i);
    if (is_han_text(cp)) {
      if (!in_run && after_digit)
        impl_->after_digit.push_back(static_cast<std::uint32_t>(corpus.size()));
      corpus += cp;
      in_run = true;
      continue;
    }
    after_digit = detail::is_digit(cp);
    if (in_run) {
      run_end = corpus.size();
      corpus += U'\0';
    }
    in_run = false;
    if (run_end != std::u32string::npos && after_digit) {
      impl_->before_digit.push_back(static_cast<std::uint32_t>(run_end));
    }
    if (cp != U' ' && cp != 0x3000) run_end = std::u32string::npos;
    if (cp == 0x201C) {
      open_quote = corpus.size();
    } else if (cp == 0x201D && open_quote != std::u32string::npos) {
      // “...” holding only Han characters: the run just closed is exactly the quote's content.
      std::size_t length = corpus.size() - open_quote;
      if (length >= 3 && length - 1 <= kMaxSloganChars) {
        std::u32string content = corpus.substr(open_quote, length - 1);
        if (has_numeral(content)) ++impl_->quoted[content];
      }
      open_quote = std::u32string::npos;
    } else {
      open_quote = std::u32string::npos;
    }
  }
  if (in_run) corpus += U'\0';
}

namespace {

/// ICU's costs on the scale of the corpus: cost ≈ intercept − slope·ln p, fitted by least squares
/// over words frequent in both, so that ICU's general-language knowledge and the corpus counts can
/// be mixed as probabilities.
struct Calibration {
  double intercept = 0;
  double slope = 1;
  double normaliser = 1;  // sum of the calibrated probabilities over ICU's words
  double probability(int cost) const { return std::exp((intercept - cost) / slope) / normaliser; }
};

Calibration calibrate(const std::vector<double>& count, double total,
                      const std::vector<int>& icu_cost) {
  double sx = 0, sy = 0, sxx = 0, sxy = 0, n = 0;
  for (std::size_t i = 0; i < count.size(); ++i) {
    if (icu_cost[i] < 0 || count[i] < 20) continue;
    double x = std::log(count[i] / total);
    double y = icu_cost[i];
    sx += x, sy += y, sxx += x * x, sxy += x * y, n += 1;
  }
  Calibration c;
  if (n < 100) return c;
  double beta = (n * sxy - sx * sy) / (n * sxx - sx * sx);
  c.slope = -beta;
  c.intercept = (sy - beta * sx) / n;
  double z = 0;
  for (int cost : icu_cost) {
    if (cost >= 0) z += std::exp((c.intercept - cost) / c.slope);
  }
  c.normaliser = z;
  return c;
}

/// One run of LexiconBuilder::build(), stage by stage; each stage reads what the ones before it
/// left in the members.
class BuildRun {
 public:
  BuildRun(const std::u32string& corpus, const std::vector<std::uint32_t>& after_digit,
           const std::vector<std::uint32_t>& before_digit,
           const std::unordered_map<std::u32string, std::uint32_t, U32Hash>& quoted,
           const LexiconBuildOptions& options, LexiconBuildStats& stats,
           const std::function<void(std::string_view)>& progress)
      : corpus_(corpus),
        after_digit_(after_digit),
        before_digit_(before_digit),
        quoted_(quoted),
        options_(options),
        stats_(stats),
        progress_(progress) {
    for (const std::string& w : options.predicate_words) {
      predicates_.push_back(text::utf8::code_points(w));
    }
  }

  void read_icu_dictionary();
  void add_known_words();
  void discover_new_words();
  void choose_slogans();
  void collect_candidates();
  void count_every_occurrence();
  void re_estimate();
  std::vector<LexiconEntry> entries() const;

 private:
  void say(const std::string& line) const {
    if (progress_) progress_(line);
  }
  bool plausible(const detail::NgramCandidate& c) const;
  bool ends_in_predicate(std::u32string_view w) const;
  std::size_t predicate_at(std::size_t i) const;
  bool number_follows(std::size_t end) const;
  NgramCounts count_before_numbers(const std::vector<detail::NgramCandidate>& ngrams) const;
  std::uint32_t ngram_count(std::u32string_view w) const;
  bool is_known_word(std::u32string_view w) const {
    piece_.assign(w);
    return known_.count(piece_) != 0;
  }
  double probability(std::size_t i, double total) const;
  double total_count() const;
  void drop_free_ended(double total);
  void viterbi_pass(double total);

  const std::u32string& corpus_;
  const std::vector<std::uint32_t>& after_digit_;
  const std::vector<std::uint32_t>& before_digit_;
  const std::unordered_map<std::u32string, std::uint32_t, U32Hash>& quoted_;
  const LexiconBuildOptions& options_;
  LexiconBuildStats& stats_;
  const std::function<void(std::string_view)>& progress_;
  std::vector<std::u32string> predicates_;  // options_.predicate_words

  // ICU's dictionary: its words and costs, the known words (two characters or more; discovered
  // words and fragments join them), the characters ICU ranks as the most frequent one-character
  // words (的, 在, 了, 是, ...), which do not begin or end a new word, and its common two- and
  // three-character words (工业, 努力; 现代化, 积极性).
  std::unordered_map<std::u32string, int, U32Hash> icu_;
  std::unordered_set<std::u32string, U32Hash> known_;
  std::unordered_set<char32_t> stop_chars_;
  std::unordered_set<std::uint64_t> common_pairs_;
  std::unordered_set<std::uint64_t> common_triples_;
  mutable std::u32string piece_;  // is_known_word()'s key buffer

  NgramCounts ngram_counts_;  // every n-gram candidate's count in the corpus
  std::unordered_set<std::u32string, U32Hash> new_words_;
  std::unordered_set<std::u32string, U32Hash> slogans_;

  // The candidates of the re-estimation, sorted, with ICU's cost (-1: not an ICU word) and their
  // current count.
  std::vector<std::u32string> words_;
  std::vector<int> icu_cost_;
  std::vector<double> count_;

  // The model: corpus frequency mixed with ICU's calibrated probability (weight domain_weight on
  // the corpus) once `mixed_`; the first pass uses the corpus alone, to calibrate ICU's costs.
  Calibration calibration_;
  bool mixed_ = false;
};

void BuildRun::read_icu_dictionary() {
  if (options_.icu_dictionary) {
    std::vector<detail::IcuWord> icu_words = detail::icu_dictionary_words();
    std::unordered_set<char32_t> function_chars;
    for (const detail::IcuWord& w : icu_words) {
      if (w.word.size() == 1 && w.cost <= options_.stop_char_cost) stop_chars_.insert(w.word[0]);
      if (w.word.size() == 1 && w.cost <= kFunctionCharCost) function_chars.insert(w.word[0]);
    }
    auto is_function_char = [&](char32_t cp) { return function_chars.count(cp) != 0; };
    for (detail::IcuWord& w : icu_words) {
      // A simplified form that ICU's own simplified entries lack is taken as a word unless it is a
      // count (两个, 一场) or made of function characters alone: 這是, 他說, 將在 are phrases
      // of the traditional entries.
      if (w.folded &&
          (detail::is_cn_digit(w.word.front()) || detail::is_cn_magnitude(w.word.front()) ||
           std::all_of(w.word.begin(), w.word.end(), is_function_char))) {
        continue;
      }
      if (w.word.size() >= 2) known_.insert(w.word);
      if (w.word.size() == 2 && w.cost < kCommonWordCost) {
        common_pairs_.insert(pair_key(w.word[0], w.word[1]));
      }
      if (w.word.size() == 3 && w.cost < kCommonTripleCost) {
        common_triples_.insert(triple_key(w.word[0], w.word[1], w.word[2]));
      }
      icu_.emplace(std::move(w.word), w.cost);
    }
  }
  say("ICU dictionary words: " + std::to_string(icu_.size()));
}

/// The known words (the regions' names and peoples) of two and three characters count as common
/// words in the fragment test, as ICU's common words do: a sequence that mostly begins inside one
/// is a piece of a name, 族自治州 of 藏族自治州, 苗族自治州 (ICU ranks 藏族 and 苗族 as rare
/// words).
void BuildRun::add_known_words() {
  for (const std::string& word : options_.known_words) {
    std::u32string w = text::utf8::code_points(word);
    if (w.size() == 2) common_pairs_.insert(pair_key(w[0], w[1]));
    if (w.size() == 3) common_triples_.insert(triple_key(w[0], w[1], w[2]));
  }
}

/// Frequent, cohesive, free at both ends; a leading numeral is a count (二是, 三年); a character
/// like 的 or 在 makes a phrase.
bool BuildRun::plausible(const detail::NgramCandidate& c) const {
  if (c.cohesion < options_.min_cohesion || c.left_entropy < options_.min_entropy ||
      c.right_entropy < options_.min_entropy) {
    return false;
  }
  char32_t head = c.word.front();
  if (detail::is_cn_digit(head) || detail::is_cn_magnitude(head)) return false;
  return std::none_of(c.word.begin(), c.word.end(),
                      [&](char32_t cp) { return stop_chars_.count(cp) != 0; });
}

/// Whether `w` ends in a predicate word and holds more than it (率达到, 收入超), and is not a
/// predicate word itself (提高到, 不低于).
bool BuildRun::ends_in_predicate(std::u32string_view w) const {
  auto is_w = [&](const std::u32string& p) { return p == w; };
  auto ends_w = [&](const std::u32string& p) {
    return p.size() < w.size() && w.substr(w.size() - p.size()) == p;
  };
  return std::none_of(predicates_.begin(), predicates_.end(), is_w) &&
         std::any_of(predicates_.begin(), predicates_.end(), ends_w);
}

/// The length of the longest predicate word at corpus index `i`, or 0.
std::size_t BuildRun::predicate_at(std::size_t i) const {
  std::size_t longest = 0;
  for (const std::u32string& p : predicates_) {
    if (p.size() > longest && corpus_.compare(i, p.size(), p) == 0) longest = p.size();
  }
  return longest;
}

/// Whether a number follows corpus index `end` (where an occurrence ends), right there or after
/// at most two predicate words (率分别为95%, 率提高到95%): a Chinese numeral, or the end of a run
/// that an Arabic digit follows.
bool BuildRun::number_follows(std::size_t end) const {
  constexpr int kMaxPredicates = 2;
  for (int skipped = 0;; ++skipped) {
    char32_t next = corpus_[end];  // the corpus ends with a 0
    if (next == 0) {
      return std::binary_search(before_digit_.begin(), before_digit_.end(),
                                static_cast<std::uint32_t>(end));
    }
    if (detail::is_cn_digit(next) || detail::is_cn_magnitude(next)) return true;
    std::size_t length = skipped < kMaxPredicates ? predicate_at(end) : 0;
    if (length == 0) return false;
    end += length;
  }
}

/// For each plausible new n-gram ending in a predicate word, how often a number follows it.
NgramCounts BuildRun::count_before_numbers(
    const std::vector<detail::NgramCandidate>& ngrams) const {
  NgramCounts counts;
  if (predicates_.empty()) return counts;
  for (const detail::NgramCandidate& c : ngrams) {
    if (known_.count(c.word) == 0 && ends_in_predicate(c.word) && plausible(c)) {
      counts.emplace(detail::make_ngram_key(c.word.data(), c.word.size()), 0);
    }
  }
  for_each_occurrence(corpus_, counts, options_.max_new_word_length,
                      [&](std::size_t i, std::size_t n, std::uint32_t& count) {
                        if (number_follows(i + n)) ++count;
                      });
  return counts;
}

std::uint32_t BuildRun::ngram_count(std::u32string_view w) const {
  if (w.size() < 2) return 0;
  auto it = ngram_counts_.find(detail::make_ngram_key(w.data(), w.size()));
  return it == ngram_counts_.end() ? 0 : it->second;
}

/// New words: frequent, cohesive, free at both ends, not a compound of known words, not led by a
/// classifier, not a piece of a common word. They join the candidates (words_) and the known
/// words.
void BuildRun::discover_new_words() {
  std::vector<detail::NgramCandidate> ngrams =
      detail::ngram_candidates(corpus_, options_.min_count, options_.max_new_word_length);
  std::stable_sort(ngrams.begin(), ngrams.end(),
                   [](const auto& a, const auto& b) { return a.word.size() < b.word.size(); });
  for (const detail::NgramCandidate& c : ngrams) {
    ngram_counts_.emplace(detail::make_ngram_key(c.word.data(), c.word.size()), c.count);
  }
  NgramCounts after_numbers;
  for (const detail::NgramCandidate& c : ngrams) {
    if (known_.count(c.word) == 0 && plausible(c)) {
      after_numbers.emplace(detail::make_ngram_key(c.word.data(), c.word.size()), 0);
    }
  }
  count_after_numbers(corpus_, after_digit_, after_numbers);
  CrossingCounts crossings;
  for (const auto& [key, count] : after_numbers) crossings.emplace(key, Crossings{});
  count_crossings(corpus_, common_pairs_, common_triples_, options_.max_new_word_length, crossings);
  NgramCounts before_numbers = count_before_numbers(ngrams);
  auto is_known = [this](std::u32string_view w) { return is_known_word(w); };
  auto never_free = [](char32_t, bool) { return false; };
  for (const detail::NgramCandidate& c : ngrams) {
    if (known_.count(c.word) != 0 || !plausible(c)) continue;
    // A compound of known words is a phrase (经济发展, 检察机关, 领导干部), however cohesive: the
    // lattice joins its parts, and a segmentation standard writes them apart. (A known word with a
    // free character at an end, 服饰等, is dropped before the last re-estimation pass.)
    if (detail::is_compound(c.word, is_known, never_free)) continue;
    // A sequence that mostly follows a number begins with its classifier: 件民生实事
    // (10件民生实事), 名干部 (三名干部), 条措施.
    detail::NgramKey key = detail::make_ngram_key(c.word.data(), c.word.size());
    if (2 * after_numbers[key] > c.count) continue;
    // A sequence that mostly begins or ends inside a common word is a piece of a phrase: 业增加值
    // (工业增加值), 力推进 (努力推进), 部地区 (中部地区). It stays known, so that a longer sequence
    // made of it and a word is a compound too (还不 + 到位).
    const Crossings& crossing = crossings[key];
    known_.insert(c.word);
    if (static_cast<double>(std::max(crossing.left, crossing.right)) > kFragmentShare * c.count) {
      ++stats_.fragments;
      continue;
    }
    // A sequence that ends in a predicate word and mostly stands before a number is a subject
    // with its verb: 率达到 (覆盖率达到95%), 收入超 (收入超万元), 率分别 (率分别为95%和90%),
    // 值同比增长. Kept as a word, it hides the end of every indicator named before it (覆盖率,
    // 生产总值). 稳增长 and 不作为, which no number follows, stay words.
    if (auto it = before_numbers.find(key);
        it != before_numbers.end() && 2 * it->second > c.count) {
      ++stats_.predicates;
      continue;
    }
    new_words_.insert(c.word);
    words_.push_back(c.word);
    ++stats_.new_words;
  }
  say("n-grams examined: " + std::to_string(ngrams.size()) +
      ", new words: " + std::to_string(stats_.new_words) +
      ", fragments of common words left out: " + std::to_string(stats_.fragments) +
      ", subjects with their verb left out: " + std::to_string(stats_.predicates));
}

/// Quoted numbered formulations (“三高四新”) found often enough.
void BuildRun::choose_slogans() {
  for (const auto& [content, count] : quoted_) {
    if (count >= options_.min_count) slogans_.insert(content);
  }
  stats_.slogans = slogans_.size();
}

/// The candidate list: ICU's words, new words, slogans, the known words and every character,
/// sorted.
void BuildRun::collect_candidates() {
  for (const auto& [w, cost] : icu_) words_.push_back(w);
  for (const std::u32string& w : slogans_) words_.push_back(w);
  for (const std::string& w : options_.known_words) words_.push_back(text::utf8::code_points(w));
  for (char32_t cp : corpus_) {
    if (cp != 0) words_.emplace_back(1, cp);
  }
  std::sort(words_.begin(), words_.end());
  words_.erase(std::unique(words_.begin(), words_.end()), words_.end());
  stats_.candidates = words_.size();
  icu_cost_.assign(words_.size(), -1);
  for (std::size_t i = 0; i < words_.size(); ++i) {
    if (auto it = icu_.find(words_[i]); it != icu_.end()) icu_cost_[i] = it->second;
  }
}

/// Initial frequencies: every occurrence of every candidate, nested ones included.
void BuildRun::count_every_occurrence() {
  count_.assign(words_.size(), 0.0);
  std::vector<detail::WordTrie::Key> keys;
  for (std::size_t i = 0; i < words_.size(); ++i) {
    keys.push_back({words_[i], 0, detail::WordKind::word, static_cast<std::uint32_t>(i)});
  }
  detail::WordTrie all;
  all.build(keys);
  for (std::size_t i = 0; i < corpus_.size(); ++i) {
    if (corpus_[i] == 0) continue;
    std::size_t end = corpus_.find(U'\0', i);
    for (std::size_t k = i; k < end; ++k) {
      all.for_each_prefix(
          corpus_.data() + k, end - k, [&](std::size_t len, float, detail::WordKind) {
            count_[all.lookup(std::u32string_view(corpus_.data() + k, len)).id] += 1;
          });
    }
    i = end;
  }
}

double BuildRun::probability(std::size_t i, double total) const {
  double corpus_p = count_[i] / total;
  if (!mixed_) return corpus_p;
  double icu_p = icu_cost_[i] >= 0 ? calibration_.probability(icu_cost_[i]) : 0.0;
  return options_.domain_weight * corpus_p + (1 - options_.domain_weight) * icu_p;
}

double BuildRun::total_count() const {
  double total = 0;
  for (double c : count_) total += c;
  return total;
}

// A new word that is a known word with a free character at an end (服饰等 = 服饰 + 等, 与周边) is
// a phrase too. A character is free when it stands alone in most of its uses in the corpus's
// segmentation (measured as the segmenter measures bound characters, on the model's
// probabilities: its one-character word against the words containing it) and in nearly all of
// them in general language (the same on ICU's dictionary): 等, 与, 把 are; 店, 网, 党 (便利店,
// 互联网, 共产党) stand alone in general language less often, 县 and 粤 in the corpus. Measured
// before the last pass, which re-estimates without the dropped words.
void BuildRun::drop_free_ended(double total) {
  detail::CharUse corpus_uses;
  detail::CharUse general_uses;
  for (std::size_t i = 0; i < words_.size(); ++i) corpus_uses.add(words_[i], probability(i, total));
  for (const auto& [w, cost] : icu_) general_uses.add(w, calibration_.probability(cost));
  auto is_free = [&](char32_t cp, bool last) {
    if (kPrepositions.find(cp) != std::u32string_view::npos) return true;
    if (last && kLocalizers.find(cp) != std::u32string_view::npos) return true;
    return corpus_uses.is_free(cp) && general_uses.is_free(cp, kGeneralFreeShare);
  };
  auto is_known = [this](std::u32string_view w) { return is_known_word(w); };
  std::size_t dropped = 0;
  for (std::size_t i = 0; i < words_.size(); ++i) {
    std::u32string_view w = words_[i];
    // The rest must also occur without the character: 满洲里 and 海内外 are names and words
    // (满洲, 海内 occur almost only there); 领导下 and 为核心 are phrases.
    auto free_here = [&](char32_t cp, bool last) {
      if (!is_free(cp, last)) return false;
      std::u32string_view rest = last ? w.substr(0, w.size() - 1) : w.substr(1);
      return static_cast<double>(ngram_count(rest)) >
             kIndependentRest * static_cast<double>(ngram_count(w));
    };
    if (count_[i] > 0 && new_words_.count(words_[i]) != 0 && slogans_.count(words_[i]) == 0 &&
        detail::is_compound(words_[i], is_known, free_here)) {
      count_[i] = 0;
      ++dropped;
    }
  }
  stats_.new_words -= dropped;
  say("new words that are a known word and a free character: " + std::to_string(dropped));
}

/// Segments the corpus with the current costs (-ln of the model's probabilities) and counts the
/// words used.
void BuildRun::viterbi_pass(double total) {
  std::vector<detail::WordTrie::Key> keys;
  for (std::size_t i = 0; i < words_.size(); ++i) {
    double p = probability(i, total);
    if (p <= 0) continue;
    auto kind = slogans_.count(words_[i]) != 0 ? detail::WordKind::slogan : detail::WordKind::word;
    keys.push_back(
        {words_[i], static_cast<float>(-std::log(p)), kind, static_cast<std::uint32_t>(i)});
  }
  detail::WordTrie trie;
  trie.build(keys);
  detail::EdgeCosts edges;
  edges.unknown_char = static_cast<float>(std::log(total) + 2.0);
  edges.number = static_cast<float>(std::log(1e4));
  std::fill(count_.begin(), count_.end(), 0.0);
  detail::LatticeScratch scratch;
  std::vector<detail::PathStep> path;
  for (std::size_t i = 0; i < corpus_.size(); ++i) {
    if (corpus_[i] == 0) continue;
    std::size_t end = corpus_.find(U'\0', i);
    path.clear();
    detail::best_path(trie, edges, corpus_.data() + i, end - i, nullptr, true, 0.0F, scratch, path);
    std::size_t k = i;
    for (const detail::PathStep& step : path) {
      if (step.type != TokenType::number) {
        detail::WordTrie::Found found =
            trie.lookup(std::u32string_view(corpus_.data() + k, step.length));
        if (found.kind != detail::WordKind::none) count_[found.id] += 1;
      }
      k += step.length;
    }
    i = end;
  }
}

/// Viterbi re-estimation; after the first pass ICU's costs are calibrated against the counts and
/// mixed in, and before the last one the free-ended new words are dropped.
void BuildRun::re_estimate() {
  for (int iteration = 0; iteration < options_.iterations; ++iteration) {
    if (mixed_ && iteration + 1 == options_.iterations) drop_free_ended(total_count());
    viterbi_pass(total_count());
    auto used = std::count_if(count_.begin(), count_.end(), [](double c) { return c > 0; });
    say("re-estimation pass " + std::to_string(iteration + 1) + ": " + std::to_string(used) +
        " words used");
    if (options_.icu_dictionary && !mixed_) {
      calibration_ = calibrate(count_, total_count(), icu_cost_);
      mixed_ = true;
      say("ICU cost = " + std::to_string(calibration_.intercept) + " - " +
          std::to_string(calibration_.slope) + " ln p");
    }
  }
}

/// The lexicon, sorted by word. Frequencies are written per kScale words, jieba's order of
/// magnitude, so that user dictionaries written for jieba mix in sensibly.
std::vector<LexiconEntry> BuildRun::entries() const {
  constexpr double kScale = 1e8;
  double total = total_count();
  std::vector<LexiconEntry> entries;
  for (std::size_t i = 0; i < words_.size(); ++i) {
    if (icu_cost_[i] < 0 && words_[i].size() >= 2 && count_[i] < options_.min_output_count)
      continue;
    auto frequency = static_cast<std::uint64_t>(std::llround(probability(i, total) * kScale));
    if (frequency == 0) continue;
    LexiconEntry e;
    e.word = text::utf8::encode(words_[i]);
    e.frequency = frequency;
    if (slogans_.count(words_[i]) != 0) e.tag = "slogan";
    entries.push_back(std::move(e));
  }
  std::sort(entries.begin(), entries.end(),
            [](const LexiconEntry& a, const LexiconEntry& b) { return a.word < b.word; });
  return entries;
}

}  // namespace

std::vector<LexiconEntry> LexiconBuilder::build(
    const LexiconBuildOptions& options, LexiconBuildStats& stats,
    const std::function<void(std::string_view)>& progress) {
  const std::u32string& corpus = impl_->corpus;
  stats.characters =
      corpus.size() - static_cast<std::size_t>(std::count(corpus.begin(), corpus.end(), U'\0'));
  BuildRun run(corpus, impl_->after_digit, impl_->before_digit, impl_->quoted, options, stats,
               progress);
  run.read_icu_dictionary();
  run.add_known_words();
  run.discover_new_words();
  run.choose_slogans();
  run.collect_candidates();
  run.count_every_occurrence();
  run.re_estimate();
  return run.entries();
}

}  // namespace zz::segment
