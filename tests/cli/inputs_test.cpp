// Tests of input expansion (directories, --glob, --files-from) and JSON Lines records.
#include "inputs.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace zz::cli {
namespace {
namespace fs = std::filesystem;

/// A scratch directory with a few files, removed afterwards.
class InputsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    root_ = fs::temp_directory_path() /
            ("zz-inputs-" + std::to_string(::getpid()) + "-" + info->name());
    fs::remove_all(root_);
    for (const char* name : {"b/2.md", "b/1.txt", "a.md", "b/c/3.md", ".hidden/4.md", "b/.5.md"}) {
      write(name, name);
    }
  }
  void TearDown() override { fs::remove_all(root_); }

  void write(const std::string& name, const std::string& text) {
    fs::path path = root_ / name;
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << text;
  }
  std::string p(const std::string& name) const { return (root_ / name).string(); }

  std::vector<std::string> expand(InputOptions options, const std::string& stdin_text = "") {
    std::istringstream in(stdin_text);
    return expand_paths(options, in);
  }

  fs::path root_;
};

TEST_F(InputsTest, ExpandsDirectoriesRecursivelyInByteOrderSkippingHiddenEntries) {
  InputOptions options;
  options.paths = {root_.string()};
  EXPECT_EQ(expand(options),
            (std::vector<std::string>{p("a.md"), p("b/1.txt"), p("b/2.md"), p("b/c/3.md")}));
}

TEST_F(InputsTest, GlobFiltersFilesFoundInDirectoriesOnly) {
  InputOptions options;
  options.paths = {p("b"), p("b/1.txt")};
  options.globs = {"*.md"};
  EXPECT_EQ(expand(options), (std::vector<std::string>{p("b/2.md"), p("b/c/3.md"), p("b/1.txt")}));
}

TEST_F(InputsTest, CorpusFilesAreTheMarkdownAndTextFilesBelowEachDirectoryAndFilesAsGiven) {
  write("b/notes.csv", "x");
  write("empty/readme", "x");
  EXPECT_EQ(corpus_files({p("b"), p("a.md"), p("b/notes.csv"), p("empty"), p("missing.md")}),
            (std::vector<std::string>{p("b/1.txt"), p("b/2.md"), p("b/c/3.md"), p("a.md"),
                                      p("b/notes.csv"), p("missing.md")}));
}

TEST_F(InputsTest, DirectoryWithoutMatchingFilesIsAnError) {
  InputOptions options;
  options.paths = {p("b")};
  options.globs = {"*.pdf"};
  EXPECT_THROW(expand(options), Error);
}

TEST_F(InputsTest, KeepsMissingFilesToFailAsTheirDocument) {
  InputOptions options;
  options.paths = {p("missing.md"), p("a.md")};
  EXPECT_EQ(expand(options), (std::vector<std::string>{p("missing.md"), p("a.md")}));
}

TEST_F(InputsTest, ReadsFilesFromStandardInputNewlineOrNulSeparated) {
  InputOptions options;
  options.files_from = "-";
  EXPECT_EQ(expand(options, p("a.md") + "\r\n\n" + p("b/1.txt") + "\n"),
            (std::vector<std::string>{p("a.md"), p("b/1.txt")}));
  options.null_separated = true;
  EXPECT_EQ(expand(options, p("a.md") + '\0' + p("b/c") + '\0'),
            (std::vector<std::string>{p("a.md"), p("b/c/3.md")}));
}

TEST_F(InputsTest, UnreadableFilesFromListIsAUsageError) {
  InputOptions options;
  options.files_from = p("no-such-list");
  try {
    expand(options);
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::usage);
  }
}

TEST_F(InputsTest, NoInputAtAllIsAUsageError) {
  InputOptions options;
  std::istringstream in;
  EXPECT_THROW(InputStream(options, in), Error);
}

TEST_F(InputsTest, StreamLoadsFilesInOrderAndCountsThem) {
  InputOptions options;
  options.paths = {p("b/c"), p("a.md")};
  std::istringstream in;
  InputStream stream(options, in);
  EXPECT_EQ(stream.total(), 2u);
  std::optional<InputItem> item = stream.next();
  ASSERT_TRUE(item);
  LoadedInput loaded = load_input(*item, options);
  EXPECT_EQ(loaded.path, p("b/c/3.md"));
  EXPECT_EQ(loaded.bytes, "b/c/3.md");
  EXPECT_EQ(loaded.id_json, "");
  ASSERT_TRUE(stream.next());
  EXPECT_FALSE(stream.next());
}

std::vector<LoadedInput> load_all(InputStream& stream, const InputOptions& options,
                                  std::vector<std::string>* errors = nullptr) {
  std::vector<LoadedInput> out;
  while (std::optional<InputItem> item = stream.next()) {
    try {
      out.push_back(load_input(*item, options));
    } catch (const Error& e) {
      if (errors == nullptr) throw;
      errors->push_back(e.message());
    }
  }
  return out;
}

TEST(JsonLines, ReadsRecordsFromStandardInputSkippingBlankLines) {
  InputOptions options;
  options.input_format = "jsonl";
  std::istringstream in(
      "{\"id\":\"a\",\"text\":\"甲\"}\n\n  "
      "\n{\"id\":7,\"text\":\"乙\",\"x\":1}\r\n{\"text\":\"丙\"}");
  InputStream stream(options, in);
  EXPECT_FALSE(stream.total());
  std::vector<LoadedInput> records = load_all(stream, options);
  ASSERT_EQ(records.size(), 3u);
  EXPECT_EQ(records[0].path, "a");
  EXPECT_EQ(records[0].id_json, "\"a\"");
  EXPECT_EQ(records[0].bytes, "甲");
  EXPECT_EQ(records[1].path, "7");
  EXPECT_EQ(records[1].id_json, "7");
  EXPECT_EQ(records[2].path, "-:5");  // no id: named by its line
  EXPECT_EQ(records[2].id_json, "null");
}

TEST(JsonLines, AnIdOfAnyTypeIsKeptAsCompactJson) {
  InputOptions options;
  options.input_format = "jsonl";
  std::istringstream in(
      "{\"id\":1.5,\"text\":\"甲\"}\n"
      "{\"id\": {\"b\": [true, null], \"a\": \"x\\ty\"}, \"text\":\"乙\"}\n"
      "{\"id\":18446744073709551615,\"text\":\"丙\"}\n");
  InputStream stream(options, in);
  std::vector<LoadedInput> records = load_all(stream, options);
  ASSERT_EQ(records.size(), 3u);
  EXPECT_EQ(records[0].id_json, "1.5");
  EXPECT_EQ(records[0].path, "1.5");
  EXPECT_EQ(records[1].id_json, "{\"a\":\"x\\ty\",\"b\":[true,null]}");  // keys in order
  EXPECT_EQ(records[1].path, "-:2");
  EXPECT_EQ(records[2].id_json, "18446744073709551615");
}

TEST(JsonLines, RecordIdJsonOfAnyLine) {
  EXPECT_EQ(record_id_json("{\"key\":\"r4\",\"text\":\"\"}", "key"), "\"r4\"");
  EXPECT_EQ(record_id_json("{\"text\":\"\"}", "key"), "null");
  EXPECT_EQ(record_id_json("[1,2]", "key"), "null");
  EXPECT_EQ(record_id_json("{broken", "key"), "null");
}

TEST(JsonLines, MalformedOrIncompleteRecordsNameTheirLine) {
  InputOptions options;
  options.input_format = "jsonl";
  std::istringstream in(
      "{\"id\":1,\"text\":\"a\"}\n{\"id\":2,\"text\":\n[1]\n{\"id\":4,\"body\":\"b\"}\n"
      "{\"id\":5,\"text\":\"\xFF\"}\n{\"id\":6,\"text\":\"c\"}\n");
  InputStream stream(options, in);
  std::vector<std::string> errors;
  std::vector<LoadedInput> records = load_all(stream, options, &errors);
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[1].path, "6");
  EXPECT_EQ(errors, (std::vector<std::string>{
                        "-: malformed JSON record (line 2)",
                        "-: the record is not a JSON object (line 3)",
                        "-: the record has no string field \"text\" (line 4)",
                        "-: malformed JSON record (line 5)",
                    }));
}

TEST(JsonLines, RegionLevelAndYearFieldsOverrideTheText) {
  InputOptions options;
  options.input_format = "jsonl";
  options.meta = text::MetadataOverride::parse("year=2000,level=city");
  std::istringstream in(
      "{\"id\":1,\"text\":\"a\",\"region\":\"河北省\",\"year\":2019}\n"
      "{\"id\":2,\"text\":\"b\",\"year\":\"2021\",\"level\":null}\n"
      "{\"id\":3,\"text\":\"c\"}\n");
  InputStream stream(options, in);
  std::vector<LoadedInput> records = load_all(stream, options);
  ASSERT_EQ(records.size(), 3u);
  EXPECT_EQ(records[0].meta.region, "河北省");
  EXPECT_EQ(records[0].meta.year, 2019);     // the record's own field wins over --meta
  EXPECT_EQ(records[0].meta.level, "city");  // --meta fills what the record does not give
  EXPECT_EQ(records[1].meta.year, 2021);     // a year may be written as a string
  EXPECT_EQ(records[1].meta.level, "city");  // null: not given
  EXPECT_EQ(records[2].meta.year, 2000);
}

TEST(JsonLines, InvalidMetadataFieldsFailTheirRecordNamingTheLine) {
  InputOptions options;
  options.input_format = "jsonl";
  std::istringstream in(
      "{\"id\":1,\"text\":\"a\",\"year\":\"abc\"}\n{\"id\":2,\"text\":\"b\",\"level\":\"district\"}"
      "\n"
      "{\"id\":3,\"text\":\"c\",\"year\":[2019]}\n{\"id\":4,\"text\":\"d\",\"year\":1800}\n"
      "{\"id\":5,\"text\":\"e\",\"year\":2019}\n");
  InputStream stream(options, in);
  std::vector<std::string> errors;
  std::vector<LoadedInput> records = load_all(stream, options, &errors);
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0].path, "5");
  EXPECT_EQ(errors,
            (std::vector<std::string>{
                "-: the record's year=abc: the year must be a number from 1949 to 2100 (line 1)",
                "-: the record's level=district: the level must be national, provincial, city or "
                "county (line 2)",
                "-: the record's \"year\" is not a string or an integer (line 3)",
                "-: the record's year=1800: the year must be a number from 1949 to 2100 (line 4)",
            }));
}

TEST(JsonLines, UsesTheConfiguredFieldNames) {
  InputOptions options;
  options.input_format = "jsonl";
  options.id_field = "key";
  options.text_field = "body";
  std::istringstream in("{\"key\":\"k1\",\"body\":\"正文\",\"id\":\"ignored\"}\n");
  InputStream stream(options, in);
  std::vector<LoadedInput> records = load_all(stream, options);
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0].path, "k1");
  EXPECT_EQ(records[0].bytes, "正文");
}

TEST_F(InputsTest, JsonLinesFilesAreReadInTurnAndAMissingOneFailsAlone) {
  write("r1.jsonl", "{\"id\":1,\"text\":\"a\"}\n");
  write("r2.jsonl", "{\"id\":2,\"text\":\"b\"}\n{\"id\":3,\"text\":\"c\"}\n");
  InputOptions options;
  options.input_format = "jsonl";
  options.paths = {p("r1.jsonl"), p("none.jsonl"), p("r2.jsonl")};
  std::istringstream in;
  InputStream stream(options, in);
  std::vector<std::string> errors;
  std::vector<LoadedInput> records = load_all(stream, options, &errors);
  ASSERT_EQ(records.size(), 3u);
  EXPECT_EQ(records[2].path, "3");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0], p("none.jsonl") + ": No such file or directory");
}

}  // namespace
}  // namespace zz::cli
