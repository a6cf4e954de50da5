// TermCounter: substring and whole-word counts of a list of terms in a document's cleaned text.
#include "zzreport/extract/term_counts.hpp"

#include <algorithm>
#include <utility>

#include "zzreport/text/char_class.hpp"
#include "zzreport/text/error.hpp"
#include "zzreport/text/normalize.hpp"
#include "zzreport/text/utf8.hpp"

namespace zz::extract {
namespace {

/// A term as the normaliser would have left it in a document: the same folding on both sides is
/// what makes 發展 count in a text that says 发展.
std::string fold(const std::string& term) {
  std::string folded = text::normalize(term).text;
  while (!folded.empty() && folded.back() == '\n') folded.pop_back();
  return folded;
}

}  // namespace

TermCounter::TermCounter(std::vector<std::string> terms) : given_(std::move(terms)) {
  folded_.reserve(given_.size());
  for (const std::string& term : given_) {
    if (text::utf8::find_invalid_utf8(term) != term.size()) {
      throw Error(ErrorKind::usage, "a term is not valid UTF-8 (terms are read as UTF-8)");
    }
    std::string folded = term.empty() ? std::string() : fold(term);
    if (folded.empty()) {
      throw Error(ErrorKind::usage,
                  term.empty() ? "an empty term" : "the term '" + term + "' holds no text");
    }
    folded_.push_back(std::move(folded));
  }
  for (std::size_t t = 0; t < folded_.size(); ++t) {
    std::size_t i = 0;
    char32_t first = text::utf8::next_code_point(folded_[t], i);
    first_bits_.set(first & 0xFFFF);
    first_.emplace_back(first, t);
  }
}

std::vector<std::uint32_t> TermCounter::count(std::string_view text) const {
  std::uint64_t han = 0;
  return count(text, han);
}

std::vector<std::uint32_t> TermCounter::count(std::string_view text,
                                              std::uint64_t& han_characters) const {
  // One pass, character by character: a character that starts a term is compared with each term
  // it starts. Ten separate find() passes cost more than the rest of trend's work, since UTF-8 Han
  // text repeats a few lead bytes on which find() stops at almost every character.
  std::vector<std::uint32_t> counts(folded_.size(), 0);
  std::vector<std::size_t> free_from(folded_.size(), 0);  // non-overlapping: next allowed start
  std::uint64_t han = 0;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t at = i;
    char32_t cp = text::utf8::next_code_point(text, i);
    if (text::is_han(cp)) ++han;
    if (!first_bits_.test(cp & 0xFFFF)) continue;
    for (const auto& [first, t] : first_) {
      if (first != cp || at < free_from[t]) continue;
      if (text.substr(at).starts_with(folded_[t])) {
        ++counts[t];
        free_from[t] = at + folded_[t].size();
      }
    }
  }
  han_characters = han;
  return counts;
}

std::vector<std::uint32_t> TermCounter::count_words(std::string_view text,
                                                    std::span<const segment::Token> tokens) const {
  std::vector<bool> ends(text.size() + 1, false);
  for (const segment::Token& token : tokens) {
    if (token.begin < token.end && token.end <= text.size()) ends[token.end] = true;
  }
  // Longer terms first: where 改革开放 and 改革 are both asked for, 改革开放 claims its text.
  std::vector<std::size_t> by_length(folded_.size());
  for (std::size_t t = 0; t < by_length.size(); ++t) by_length[t] = t;
  std::stable_sort(by_length.begin(), by_length.end(), [&](std::size_t a, std::size_t b) {
    return folded_[a].size() > folded_[b].size();
  });
  std::vector<std::uint32_t> counts(folded_.size(), 0);
  std::uint32_t covered = 0;  // text before this offset belongs to a term already counted
  for (const segment::Token& token : tokens) {
    if (token.begin < covered || token.begin >= token.end || token.end > text.size()) continue;
    std::string_view rest = text.substr(token.begin);
    for (std::size_t t : by_length) {
      const std::string& term = folded_[t];
      if (rest.starts_with(term) && ends[token.begin + term.size()]) {
        ++counts[t];
        covered = token.begin + static_cast<std::uint32_t>(term.size());
        break;
      }
    }
  }
  return counts;
}

std::uint64_t han_characters(std::string_view text) {
  std::uint64_t han = 0;
  for (std::size_t i = 0; i < text.size();) {
    if (text::is_han(text::utf8::next_code_point(text, i))) ++han;
  }
  return han;
}

}  // namespace zz::extract
