// Tests of TermCounter: substring and whole-word counts, folding, and bad terms.
#include "zzreport/extract/term_counts.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "zzreport/text/error.hpp"

namespace zz::extract {
namespace {

using segment::Token;

/// Tokens at the given byte boundaries of `text` (each piece one token).
std::vector<Token> tokens_of(const std::vector<std::string>& pieces) {
  std::vector<Token> tokens;
  std::uint32_t at = 0;
  for (const std::string& piece : pieces) {
    tokens.push_back({at, static_cast<std::uint32_t>(at + piece.size()), segment::TokenType::word});
    at += static_cast<std::uint32_t>(piece.size());
  }
  return tokens;
}

TEST(TermCounter, CountsNonOverlappingOccurrencesLeftToRight) {
  TermCounter counter({"改革", "哈哈", "发展"});
  EXPECT_EQ(counter.count("深化改革，改革开放。哈哈哈"), (std::vector<std::uint32_t>{2, 1, 0}));
}

TEST(TermCounter, CountsEachTermApartWhereTermsOverlapAndCountsHanCharacters) {
  // Terms that start alike or overlap are each counted on their own (改革开放 does not hide 改革).
  TermCounter counter({"改革开放", "改革", "开放", "GDP"});
  std::uint64_t han = 0;
  EXPECT_EQ(counter.count("改革开放，改革。GDP", han), (std::vector<std::uint32_t>{1, 2, 1, 1}));
  EXPECT_EQ(han, 6u);
}

TEST(TermCounter, FoldsTermsAsDocumentTextIsFolded) {
  // The normaliser folds traditional characters and full-width letters in the text: a term written
  // so must still match.
  TermCounter counter({"發展", "ＧＤＰ"});
  EXPECT_EQ(counter.count("高质量发展，GDP增长"), (std::vector<std::uint32_t>{1, 1}));
  EXPECT_EQ(counter.terms(), (std::vector<std::string>{"發展", "ＧＤＰ"}));
}

TEST(TermCounter, WholeWordsCountOnlyOnTokenEdges) {
  std::vector<std::string> pieces{"深化", "改革", "，", "改革开放", "，", "改革", "开放"};
  std::string text;
  for (const std::string& p : pieces) text += p;
  TermCounter counter({"改革", "改革开放", "化改"});
  EXPECT_EQ(counter.count(text), (std::vector<std::uint32_t>{3, 2, 1}));
  // 改革 inside the asked-for 改革开放 is not counted; 改革 + 开放 is the phrase 改革开放; 化改
  // crosses a word's edge.
  EXPECT_EQ(counter.count_words(text, tokens_of(pieces)), (std::vector<std::uint32_t>{1, 2, 0}));
  // Alone, 改革 counts in each place it is a word or begins a phrase's words.
  EXPECT_EQ(TermCounter({"改革"}).count_words(text, tokens_of(pieces)),
            (std::vector<std::uint32_t>{2}));
}

TEST(TermCounter, RefusesEmptyAndInvalidTerms) {
  EXPECT_THROW(TermCounter({""}), Error);
  EXPECT_THROW(TermCounter({"改革", std::string("\xff\xfe")}), Error);
  try {
    TermCounter({""});
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::usage);
    EXPECT_NE(std::string(e.what()).find("empty term"), std::string::npos) << e.what();
  }
}

TEST(HanCharacters, CountsHanCodePointsOnly) {
  EXPECT_EQ(han_characters("GDP增长6.5%左右。"), 4u);
  EXPECT_EQ(han_characters(""), 0u);
}

}  // namespace
}  // namespace zz::extract
