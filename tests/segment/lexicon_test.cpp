// Tests of Lexicon: jieba-format parsing, precedence of later entries, errors with file:line.
#include "zzreport/segment/lexicon.hpp"

#include <gtest/gtest.h>

#include "zzreport/text/error.hpp"

namespace zz::segment {
namespace {

TEST(Lexicon, ParsesWordFrequencyAndTag) {
  Lexicon lexicon;
  lexicon.load_text("长株潭 120 ns\n专精特新 30\n碳达峰\n营商 n\n", "test.txt");
  ASSERT_EQ(lexicon.size(), 4U);
  EXPECT_EQ(lexicon.frequency("长株潭"), 120U);
  EXPECT_EQ(lexicon.find("长株潭")->tag, "ns");
  EXPECT_EQ(lexicon.frequency("专精特新"), 30U);
  EXPECT_EQ(lexicon.frequency("碳达峰"), 0U);
  ASSERT_NE(lexicon.find("碳达峰"), nullptr);
  EXPECT_EQ(lexicon.find("营商")->tag, "n");
  EXPECT_EQ(lexicon.find("株洲"), nullptr);
}

TEST(Lexicon, ToleratesBomCrlfBlankLinesAndComments) {
  Lexicon lexicon;
  lexicon.load_text("\xEF\xBB\xBF湘赣边 5\r\n\r\n# a comment\r\n  \t\r\n三高四新 7 slogan\r\n",
                    "bom.txt");
  ASSERT_EQ(lexicon.size(), 2U);
  EXPECT_EQ(lexicon.frequency("湘赣边"), 5U);
  EXPECT_EQ(lexicon.find("三高四新")->tag, "slogan");
}

TEST(Lexicon, ReportsMalformedLineWithFileAndLine) {
  Lexicon lexicon;
  try {
    lexicon.load_text("好 1\n坏 x y\n", "user.dict");
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::data);
    EXPECT_EQ(e.file(), "user.dict");
    EXPECT_EQ(e.where(), "line 2");
  }
  EXPECT_THROW(lexicon.load_text("a 1 n extra\n", "x"), Error);
  EXPECT_THROW(lexicon.load_text("\xFF\xFE 1\n", "x"), Error);
}

TEST(Lexicon, RejectsFrequencyThatIsNeitherAnIntegerNorATag) {
  for (std::string_view bad : {"长株潭 -5\n", "长株潭 1.5\n", "长株潭 十\n",
                               "长株潭 99999999999999999999999\n", "长株潭 5 n-x\n"}) {
    Lexicon lexicon;
    EXPECT_THROW(lexicon.load_text(bad, "x"), Error) << bad;
  }
}

TEST(Lexicon, AcceptsATagWithoutFrequency) {
  Lexicon lexicon;
  lexicon.load_text("株洲 ns\n三高四新 slogan\n", "x");
  EXPECT_EQ(lexicon.find("株洲")->tag, "ns");
  EXPECT_EQ(lexicon.find("三高四新")->frequency, 0u);
}

TEST(Lexicon, RejectsControlCharactersButNotTabs) {
  Lexicon lexicon;
  std::string with_nul = "长";
  with_nul += '\0';
  with_nul += "株 10\n";
  EXPECT_THROW(lexicon.load_text(with_nul, "x"), Error);
  lexicon.load_text("长株潭\t10\tns\n", "x");
  EXPECT_EQ(lexicon.frequency("长株潭"), 10u);
}

TEST(Lexicon, DirectoryIsADataError) {
  Lexicon lexicon;
  try {
    lexicon.load_file(ZZ_SOURCE_DATA_DIR);
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::data);
    EXPECT_NE(std::string(e.what()).find("directory"), std::string::npos) << e.what();
  }
}

TEST(Lexicon, MissingFileIsADataError) {
  Lexicon lexicon;
  try {
    lexicon.load_file("/nonexistent/dict.txt");
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::data);
    EXPECT_EQ(e.file(), "/nonexistent/dict.txt");
  }
}

TEST(Lexicon, LaterEntryWinsButKeepsFrequencyWhenNoneGiven) {
  Lexicon lexicon;
  lexicon.load_text("株洲 100 ns\n经开区 50\n", "shipped", LexiconLayer::shipped);
  lexicon.load_text("株洲\n经开区 9\n党代会 3\n", "user", LexiconLayer::user);
  EXPECT_EQ(lexicon.frequency("株洲"), 100U);
  EXPECT_EQ(lexicon.find("株洲")->tag, "ns");
  EXPECT_EQ(lexicon.find("株洲")->layer, LexiconLayer::user);
  EXPECT_EQ(lexicon.frequency("经开区"), 9U);
  EXPECT_EQ(lexicon.size(), 3U);
}

TEST(Lexicon, EntriesAreSortedAndWrittenBackInJiebaFormat) {
  Lexicon lexicon;
  lexicon.load_text("b 2\na 1 n\n", "x");
  lexicon.add("c", 3);
  std::string out;
  write_jieba(lexicon.entries(), out);
  EXPECT_EQ(out, "a 1 n\nb 2\nc 3\n");
}

}  // namespace
}  // namespace zz::segment
