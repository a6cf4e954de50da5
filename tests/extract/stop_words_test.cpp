// Tests of StopWords: the list format and lookups.
#include "zzreport/extract/stop_words.hpp"

#include <gtest/gtest.h>

#include "zzreport/text/error.hpp"

namespace zz::extract {
namespace {

TEST(StopWords, ReadsOneWordPerLineSkippingCommentsAndBlanks) {
  StopWords words;
  words.load("\xEF\xBB\xBF# function words\n的\n\n  和 \r\n# pronouns\n我们\n");
  EXPECT_EQ(words.size(), 3u);
  EXPECT_TRUE(words.contains("的"));
  EXPECT_TRUE(words.contains("和"));
  EXPECT_TRUE(words.contains("我们"));
  EXPECT_FALSE(words.contains("株洲"));
  EXPECT_FALSE(words.contains("#"));
  EXPECT_EQ(words.longest(), std::string_view("我们").size());
  EXPECT_EQ(StopWords().longest(), 0u);
}

TEST(StopWords, AWordWithACommentAfterItIsADataErrorNamingTheLine) {
  StopWords words;
  try {
    words.load("的\n我们 # pronoun\n");
    FAIL() << "expected zz::Error";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::data);
    EXPECT_EQ(e.where(), "line 2");
  }
  EXPECT_THROW(words.load("的\t和\n"), Error);  // two fields
}

TEST(StopWords, MissingFileIsADataErrorNamingIt) {
  StopWords words;
  try {
    words.load_file("/nonexistent/stopwords.txt");
    FAIL() << "expected zz::Error";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::data);
    EXPECT_EQ(e.file(), "/nonexistent/stopwords.txt");
  }
}

TEST(StopWords, ShippedListHasFunctionWordsButNotGenreTerms) {
  StopWords words;
  words.load_file(ZZ_SOURCE_DATA_DIR "/stopwords.txt");
  EXPECT_TRUE(words.contains("的"));
  EXPECT_TRUE(words.contains("加快"));
  // Genre vocabulary is left to the IDF table, so that phrases such as 高质量发展 stay whole.
  EXPECT_FALSE(words.contains("发展"));
  EXPECT_FALSE(words.contains("建设"));
}

}  // namespace
}  // namespace zz::extract
