// Tests of the n-gram statistics used for new-word discovery.
#include "ngram_stats.hpp"

#include <gtest/gtest.h>

#include <string>

namespace zz::segment::detail {
namespace {

TEST(NgramKey, PacksAndUnpacksUpToSixCharacters) {
  std::u32string word = U"长株潭一体化";
  for (std::size_t n = 1; n <= 6; ++n) {
    char32_t out[6];
    unpack_ngram_key(make_ngram_key(word.data(), n), n, out);
    EXPECT_EQ(std::u32string(out, n), word.substr(0, n));
  }
}

TEST(NgramCandidates, FreeCohesiveWordsScoreHigherThanFragments) {
  // 碳达峰 occurs with many different neighbours; 达峰 only inside it.
  std::u32string corpus;
  const char32_t* left = U"甲乙丙丁戊己庚辛";
  for (int i = 0; i < 8; ++i) {
    corpus += left[i];
    corpus += U"碳达峰";
    corpus += left[7 - i];
    corpus += U'\0';
  }
  std::vector<NgramCandidate> found = ngram_candidates(corpus, 3, 4);
  const NgramCandidate* word = nullptr;
  const NgramCandidate* fragment = nullptr;
  for (const NgramCandidate& c : found) {
    if (c.word == U"碳达峰") word = &c;
    if (c.word == U"达峰") fragment = &c;
  }
  ASSERT_NE(word, nullptr);
  ASSERT_NE(fragment, nullptr);
  EXPECT_EQ(word->count, 8U);
  EXPECT_GT(word->left_entropy, 2.0);
  EXPECT_GT(word->right_entropy, 2.0);
  EXPECT_LT(fragment->left_entropy, 0.1);  // always after 碳
}

}  // namespace
}  // namespace zz::segment::detail
