// Tests of the quoted-formulation rule.
#include "slogan_rules.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace zz::segment::detail {
namespace {

/// Tokens from '|'-separated text, typed by their first byte: punctuation for quotes.
std::vector<Token> tokens_of(const std::string& spec, std::string& text) {
  std::vector<Token> tokens;
  std::size_t start = 0;
  while (start <= spec.size()) {
    std::size_t bar = spec.find('|', start);
    if (bar == std::string::npos) bar = spec.size();
    std::string piece = spec.substr(start, bar - start);
    auto b = static_cast<std::uint32_t>(text.size());
    text += piece;
    bool quote = piece == "“" || piece == "”" || piece == "，";
    tokens.push_back({b, static_cast<std::uint32_t>(text.size()),
                      quote ? TokenType::punctuation : TokenType::word});
    start = bar + 1;
  }
  return tokens;
}

std::vector<std::string> merged(const std::string& spec, std::vector<TokenType>* types = nullptr) {
  std::string text;
  std::vector<Token> tokens = tokens_of(spec, text);
  merge_quoted_formulations(text, tokens, 0);
  std::vector<std::string> out;
  for (const Token& t : tokens) {
    out.push_back(text.substr(t.begin, t.end - t.begin));
    if (types != nullptr) types->push_back(t.type);
  }
  return out;
}

TEST(QuotedFormulation, MergesNumberedFormulationsIntoASlogan) {
  std::vector<TokenType> types;
  EXPECT_EQ(merged("“|三|高|四|新|”|战略", &types),
            (std::vector<std::string>{"“", "三高四新", "”", "战略"}));
  EXPECT_EQ(types[1], TokenType::slogan);
  EXPECT_EQ(merged("“|十|同|”"), (std::vector<std::string>{"“", "十同", "”"}));
}

TEST(QuotedFormulation, MergesAbbreviationsOfSingleCharacters) {
  EXPECT_EQ(merged("“|放|管|服|”"), (std::vector<std::string>{"“", "放管服", "”"}));
}

TEST(QuotedFormulation, LeavesOrdinaryQuotesAlone) {
  EXPECT_EQ(merged("“|绿水青山|就是|金山银山|”"),
            (std::vector<std::string>{"“", "绿水青山", "就是", "金山银山", "”"}));
  EXPECT_EQ(merged("“|三|高|，|四|新|”"),
            (std::vector<std::string>{"“", "三", "高", "，", "四", "新", "”"}));
  EXPECT_EQ(merged("“|三|高"), (std::vector<std::string>{"“", "三", "高"}));
}

}  // namespace
}  // namespace zz::segment::detail
