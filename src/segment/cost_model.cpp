// make_cost_model(): lexicon entries to trie keys with unigram costs.
#include "cost_model.hpp"

#include <cmath>

#include "char_use.hpp"
#include "zzreport/segment/lexicon.hpp"
#include "zzreport/text/utf8.hpp"

namespace zz::segment::detail {
namespace {

// A word without a frequency is as probable as a word seen once in 100,000 words: enough for a
// two-character user word to beat two common characters.
constexpr double kDefaultProbability = 1e-5;

void append_code_points(std::string_view word, std::u32string& out) {
  for (std::size_t i = 0; i < word.size();) out += text::utf8::next_code_point(word, i);
}

/// True when `word` can be written as two or more words of `user`.
bool splits_into(const WordTrie& user, std::u32string_view word, std::vector<char>& reach) {
  reach.assign(word.size() + 1, 0);
  reach[0] = 1;
  for (std::size_t i = 0; i < word.size(); ++i) {
    if (reach[i] == 0) continue;
    user.for_each_prefix(word.data() + i, word.size() - i, [&](std::size_t len, float, WordKind) {
      if (i > 0 || len < word.size()) reach[i + len] = 1;
    });
  }
  return reach[word.size()] != 0;
}

}  // namespace

EdgeCosts default_edge_costs() { return EdgeCosts{}; }

CostModel make_cost_model(const Lexicon& lexicon) {
  CostModel model;
  auto entries = lexicon.entries();
  std::vector<std::size_t> starts;
  starts.reserve(entries.size() + 1);
  bool has_user = false;
  for (const LexiconEntry& e : entries) {
    starts.push_back(model.storage.size());
    append_code_points(e.word, model.storage);
    has_user = has_user || e.layer == LexiconLayer::user;
  }
  starts.push_back(model.storage.size());
  auto code_points = [&](std::size_t i) {
    return std::u32string_view(model.storage).substr(starts[i], starts[i + 1] - starts[i]);
  };

  std::vector<char> keep(entries.size(), 1);
  if (has_user) {
    std::vector<WordTrie::Key> user_keys;
    for (std::size_t i = 0; i < entries.size(); ++i) {
      if (entries[i].layer == LexiconLayer::user)
        user_keys.push_back({code_points(i), 0, WordKind::word});
    }
    WordTrie user;
    user.build(user_keys);
    std::vector<char> reach;
    for (std::size_t i = 0; i < entries.size(); ++i) {
      if (entries[i].layer == LexiconLayer::shipped && splits_into(user, code_points(i), reach))
        keep[i] = 0;
    }
  }

  double total = 0;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    if (keep[i] != 0) total += static_cast<double>(entries[i].frequency);
  }
  if (total < 1e6) total = 1e6;  // small lexicons (tests, user words only): keep costs sensible
  double default_frequency = total * kDefaultProbability;
  auto frequency_of = [&](const LexiconEntry& e) {
    return e.frequency > 0 ? static_cast<double>(e.frequency) : default_frequency;
  };
  // A character is bound when its frequency as a one-character word is a small share of its uses
  // (against the frequencies of the longer words that contain it).
  CharUse uses;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    if (keep[i] != 0) uses.add(code_points(i), frequency_of(entries[i]));
  }
  model.keys.reserve(entries.size());
  for (std::size_t i = 0; i < entries.size(); ++i) {
    if (keep[i] == 0) continue;
    const LexiconEntry& e = entries[i];
    double frequency = frequency_of(e);
    auto cost = static_cast<float>(std::log(total / frequency));
    WordKind kind = e.tag == "slogan" ? WordKind::slogan : WordKind::word;
    std::u32string_view w = code_points(i);
    bool bound = w.size() == 1 && uses.is_bound(w[0]);
    model.keys.push_back({w, cost, kind, 0, bound});
  }
  // Unknown characters cost more than any word seen in the corpus; ICU's words that the corpus
  // never showed rank with rare words; numbers with common ones.
  double log_total = std::log(total);
  model.edges.unknown_char = static_cast<float>(log_total + 2.0);
  model.edges.icu_word = static_cast<float>(log_total - std::log(2.0));
  model.edges.number = static_cast<float>(std::log(1e4));
  return model;
}

}  // namespace zz::segment::detail
