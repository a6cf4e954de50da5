// Tests of DataFile: the one comment, BOM, field and error rule of every data file.
#include "zzreport/text/data_file.hpp"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace zz::text {
namespace {

struct Read {
  std::vector<std::pair<std::size_t, std::string>> lines;       // number, text
  std::vector<std::pair<std::string, std::string>> directives;  // name, value
};

Read read(std::string content) {
  Read out;
  DataFile file(std::move(content), "test.tsv");
  file.for_each([&](const DataLine& line) { out.lines.emplace_back(line.number(), line.text()); },
                [&](const DataDirective& d) { out.directives.emplace_back(d.name, d.value); });
  return out;
}

/// The message of the Error that `f` throws; fails the test when it throws none.
template <typename F>
std::string error_of(F&& f) {
  try {
    f();
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::data);
    return e.message();
  }
  ADD_FAILURE() << "expected zz::Error";
  return {};
}

TEST(DataFile, SkipsBomBlankLinesAndComments) {
  Read r =
      read("\xEF\xBB\xBF# header\n\n力争\tstrive\r\n  \t\n  # indented comment\n确保\tensure\n");
  ASSERT_EQ(r.lines.size(), 2u);
  EXPECT_EQ(r.lines[0], (std::pair<std::size_t, std::string>{3, "力争\tstrive"}));
  EXPECT_EQ(r.lines[1], (std::pair<std::size_t, std::string>{6, "确保\tensure"}));
  EXPECT_TRUE(r.directives.empty());
}

TEST(DataFile, HandsDirectivesToTheCaller) {
  Read r = read("# a comment, not a directive\n#documents 1185\n#min_df  2 \n#note\n发展\t1185\n");
  ASSERT_EQ(r.directives.size(), 2u);
  EXPECT_EQ(r.directives[0], (std::pair<std::string, std::string>{"documents", "1185"}));
  EXPECT_EQ(r.directives[1], (std::pair<std::string, std::string>{"min_df", "2"}));
  ASSERT_EQ(r.lines.size(), 1u);
  EXPECT_EQ(r.lines[0].second, "发展\t1185");
}

TEST(DataFile, DirectivesAreCommentsToACallerWithoutAHandler) {
  std::vector<std::string> lines;
  DataFile("#documents 3\nword\n", "x").for_each([&](const DataLine& l) {
    lines.emplace_back(l.text());
  });
  EXPECT_EQ(lines, std::vector<std::string>{"word"});
}

TEST(DataFile, SplitsFieldsOnTabsAndTrimsSpaces) {
  DataLine line(" 个百分点 \t个百分点\t1\tpercent", 7, "units.tsv");
  std::vector<std::string_view> fields = line.fields();
  EXPECT_EQ(fields, (std::vector<std::string_view>{"个百分点", "个百分点", "1", "percent"}));
  EXPECT_EQ(DataLine("one", 1, "x").fields(), std::vector<std::string_view>{"one"});
  EXPECT_EQ(DataLine("a\t\tc", 1, "x").fields(), (std::vector<std::string_view>{"a", "", "c"}));
  EXPECT_EQ(DataLine("a\tb\t", 1, "x").fields(2, 2), (std::vector<std::string_view>{"a", "b"}));
}

TEST(DataFile, WrongFieldCountNamesFileAndLine) {
  DataLine line("力争\tstrive", 12, "data/rules/hedges.tsv");
  EXPECT_EQ(error_of([&] { line.fields(3, 3); }),
            "data/rules/hedges.tsv: expected 3 TAB-separated fields, found 2 (line 12)");
  EXPECT_EQ(error_of([&] { line.fields(1, 1); }),
            "data/rules/hedges.tsv: expected 1 TAB-separated field, found 2 (line 12)");
}

TEST(DataFile, InvalidUtf8NamesItsLine) {
  EXPECT_EQ(error_of([] { read("ok\n# fine\nbad \xFF here\n"); }),
            "test.tsv: invalid UTF-8 (line 3)");
  // An overlong encoding is invalid too.
  EXPECT_EQ(error_of([] { read("\xC0\xAF\n"); }), "test.tsv: invalid UTF-8 (line 1)");
}

TEST(DataFile, CallerErrorsNameFileAndLine) {
  EXPECT_EQ(error_of([] {
              DataFile("a\nb\n", "list.txt").for_each([](const DataLine& l) {
                if (l.text() == "b") throw l.error("not allowed");
              });
            }),
            "list.txt: not allowed (line 2)");
}

TEST(DataFile, MissingFileOrDirectoryIsADataError) {
  EXPECT_EQ(error_of([] { DataFile::read("/nonexistent/hedges.tsv", "the hedge list"); }),
            "/nonexistent/hedges.tsv: cannot read the hedge list");
  EXPECT_EQ(error_of([] { DataFile::read(ZZ_SOURCE_DATA_DIR, "the hedge list"); }),
            std::string(ZZ_SOURCE_DATA_DIR) + ": is a directory, not the hedge list");
}

TEST(DataFile, ReadsAFileWhole) {
  DataFile file = DataFile::read(ZZ_SOURCE_DATA_DIR "/stopwords.txt", "the stop-word list");
  EXPECT_EQ(file.name(), ZZ_SOURCE_DATA_DIR "/stopwords.txt");
  EXPECT_TRUE(file.text().starts_with("#"));
  std::size_t lines = 0;
  file.for_each([&](const DataLine&) { ++lines; });
  EXPECT_GT(lines, 100u);
}

}  // namespace
}  // namespace zz::text
