// merge_quoted_formulations(): in place, without allocating.
#include "slogan_rules.hpp"

#include "char_class.hpp"
#include "zzreport/text/utf8.hpp"

namespace zz::segment::detail {
namespace {

constexpr std::size_t kMaxChars = 6;

char32_t closing_quote(char32_t open) {
  switch (open) {
    case 0x201C:
      return 0x201D;  // “ ”
    case 0x2018:
      return 0x2019;  // ‘ ’
    case 0x300C:
      return 0x300D;  // 「 」
    case 0x300E:
      return 0x300F;  // 『 』
    case U'"':
      return U'"';
    default:
      return 0;
  }
}

char32_t single_code_point(std::string_view text, const Token& t) {
  std::size_t i = t.begin;
  char32_t cp = text::utf8::next_code_point(text, i);
  return i == t.end ? cp : 0;
}

/// Index just past the closing quote when tokens[open] starts a mergeable quote, else 0.
std::size_t quote_end(std::string_view text, const std::vector<Token>& tokens, std::size_t open) {
  char32_t close = closing_quote(single_code_point(text, tokens[open]));
  if (close == 0) return 0;
  std::size_t chars = 0;
  bool numeral = false;
  bool all_single = true;
  std::size_t i = open + 1;
  for (; i < tokens.size() && i <= open + kMaxChars; ++i) {
    const Token& t = tokens[i];
    if (t.type == TokenType::punctuation) break;
    if (t.type != TokenType::word && t.type != TokenType::number && t.type != TokenType::slogan)
      return 0;
    std::size_t len = 0;
    for (std::size_t k = t.begin; k < t.end;) {
      char32_t cp = text::utf8::next_code_point(text, k);
      if (!is_han_text(cp)) return 0;
      numeral = numeral || is_cn_digit(cp) || is_cn_magnitude(cp);
      ++len;
    }
    all_single = all_single && len == 1;
    chars += len;
  }
  std::size_t inner = i - open - 1;
  if (i == tokens.size() || single_code_point(text, tokens[i]) != close) return 0;
  if (chars < 2 || chars > kMaxChars || !(numeral || (all_single && inner >= 2))) return 0;
  return i + 1;
}

}  // namespace

void merge_quoted_formulations(std::string_view text, std::vector<Token>& tokens,
                               std::size_t first) {
  std::size_t out = first;
  std::size_t i = first;
  while (i < tokens.size()) {
    if (std::size_t end = quote_end(text, tokens, i); end != 0) {
      tokens[out++] = tokens[i];  // the opening quote
      tokens[out++] = Token{tokens[i + 1].begin, tokens[end - 2].end, TokenType::slogan};
      tokens[out++] = tokens[end - 1];
      i = end;
    } else {
      tokens[out++] = tokens[i++];
    }
  }
  tokens.resize(out);
}

}  // namespace zz::segment::detail
