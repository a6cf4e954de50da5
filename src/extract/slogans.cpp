// extract_slogans(): quoted terms and numbered formulations with all their occurrences.
#include "zzreport/extract/slogans.hpp"

#include <algorithm>
#include <map>

#include "clauses.hpp"
#include "word_set.hpp"
#include "zzreport/text/numerals.hpp"

namespace zz::extract {

using text::chinese_digit;
namespace {

constexpr int kMinChars = 2;
constexpr int kMaxChars = 12;

/// The length in code points of a quotable term, or 0 when `term` holds clause punctuation.
int term_chars(std::string_view term) {
  int n = 0;
  for (std::uint32_t i = 0; i < term.size();) {
    std::uint32_t len = 0;
    char32_t c = code_point_at(term, i, &len);
    if (is_clause_break(c) || c == U'“' || c == U'”' || c == U' ' || c == U'、' || c == U'。')
      return 0;
    i += len;
    ++n;
  }
  return n;
}

}  // namespace

bool is_numbered_formulation(std::string_view term) {
  for (std::uint32_t i = 0; i < term.size();) {
    std::uint32_t len = 0;
    char32_t c = code_point_at(term, i, &len);
    if ((c >= U'0' && c <= U'9') || chinese_digit(c) >= 0 || c == U'十' || c == U'百' ||
        c == U'千' || c == U'双')
      return true;
    i += len;
  }
  return false;
}

std::vector<Slogan> extract_slogans(const text::Document& doc) {
  std::string_view text = doc.text;
  std::map<std::string, std::size_t> index;  // term -> position in `out`
  std::vector<Slogan> out;
  std::vector<text::ByteRange>
      quoted;  // the quoted occurrences, to skip when counting unquoted ones
  auto add = [&](std::string_view term, text::ByteRange where, bool is_quoted) {
    auto [it, fresh] = index.try_emplace(std::string(term), out.size());
    if (fresh) {
      Slogan s;
      s.text = std::string(term);
      s.numeric = is_numbered_formulation(term);
      out.push_back(std::move(s));
    }
    Slogan& s = out[it->second];
    s.quoted = s.quoted || is_quoted;
    ++s.count;
    s.spans.push_back(doc.span_of(where));
  };
  // Quoted terms.
  for (std::size_t open = text.find("“"); open != std::string_view::npos;
       open = text.find("“", open + 3)) {
    // Look for the closing mark only as far as a term can reach: linear even without one.
    std::size_t close = text.substr(0, open + 3 + 4 * (kMaxChars + 1)).find("”", open + 3);
    if (close == std::string_view::npos) continue;
    std::string_view term = text.substr(open + 3, close - open - 3);
    int chars = term_chars(term);
    if (chars < kMinChars || chars > kMaxChars) continue;
    auto b = static_cast<std::uint32_t>(open + 3), e = static_cast<std::uint32_t>(close);
    add(term, {b, e}, true);
    quoted.push_back({b, e});
  }
  // Unquoted occurrences of quoted numbered formulations.
  std::vector<std::string> wanted;
  for (const Slogan& s : out)
    if (s.numeric && term_chars(s.text) >= 3) wanted.push_back(s.text);
  std::sort(wanted.begin(), wanted.end());
  wanted.erase(std::unique(wanted.begin(), wanted.end()), wanted.end());
  std::vector<std::string_view> views(wanted.begin(), wanted.end());
  WordSet terms(views);
  std::size_t quote = 0;  // `quoted` is in text order: walk it alongside
  terms.for_each(text, [&](std::uint32_t b, std::size_t term) {
    auto e = static_cast<std::uint32_t>(b + views[term].size());
    while (quote < quoted.size() && quoted[quote].end < b) ++quote;
    bool inside = quote < quoted.size() && quoted[quote].begin <= b && e <= quoted[quote].end;
    if (!inside) add(views[term], {b, e}, false);
    return true;
  });
  for (Slogan& s : out) {
    std::sort(s.spans.begin(), s.spans.end(),
              [](const Span& a, const Span& b) { return a.begin < b.begin; });
  }
  std::stable_sort(out.begin(), out.end(), [](const Slogan& a, const Slogan& b) {
    return a.spans.front().begin < b.spans.front().begin;
  });
  return out;
}

}  // namespace zz::extract
