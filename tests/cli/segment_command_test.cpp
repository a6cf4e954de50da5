// Tests of `zzreport segment` and `zzreport lexicon compile` through the CLI: which data files the
// segment command reads (the compiled lexicon without --dict, the text with it; never the IDF
// table), and the layout of its JSON output.
#include <gtest/gtest.h>

#include <string>

#include "cli_test_util.hpp"

namespace zz::cli::testing {
namespace {

/// A data directory holding only what `segment` needs, the lexicon given as a compiled one.
std::string make_data_dir(const ScratchDir& dir, const std::string& lexicon_text) {
  std::filesystem::create_directories(dir.path("data"));
  dir.write("data/README.md", "test data\n");
  dir.write("data/stopwords.txt", "的\n");
  std::string text = dir.write("lexicon.txt", lexicon_text);
  auto r = run_cli({"lexicon", "compile", text, "-o", dir.path("data/lexicon.bin")});
  EXPECT_EQ(r.status, 0) << r.err;
  return dir.path("data");
}

TEST(SegmentCommand, ReadsTheCompiledLexiconAndNoIdfTable) {
  ScratchDir dir;
  std::string data = make_data_dir(dir, "长株潭 500\n一体化 800\n株 5\n潭 5\n长 50\n");
  std::string input = dir.write("in.txt", "长株潭一体化\n");
  auto r = run_cli({"segment", "--data-dir", data, input});
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out, "长株潭 一体化\n");
}

TEST(SegmentCommand, WithADictionaryReadsTheTextLexicon) {
  ScratchDir dir;
  std::string data = make_data_dir(dir, "长株潭 500\n");
  std::string input = dir.write("in.txt", "长株潭一体化\n");
  std::string dict = dir.write("user.dict", "一体化 10\n");
  // data/ has no lexicon.txt: --dict must merge into the text lexicon, so it is an error naming it.
  auto r = run_cli({"segment", "--data-dir", data, "--dict", dict, input});
  EXPECT_NE(r.status, 0);
  EXPECT_NE(r.err.find("lexicon.txt"), std::string::npos) << r.err;
  dir.write("data/lexicon.txt", "长株潭 500\n");
  r = run_cli({"segment", "--data-dir", data, "--dict", dict, input});
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out, "长株潭 一体化\n");
}

TEST(SegmentCommand, JsonIsALineARowWithItsTokensBelowAndJsonLinesCompact) {
  ScratchDir dir;
  std::string data = make_data_dir(dir, "长株潭 500\n一体化 800\n");
  std::string input = dir.write("in.txt", "长株潭一体化\n\n\"a\"\n");
  auto r = run_cli({"segment", "--data-dir", data, "-f", "json", input});
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out,
            "[\n"
            "  {\"line\": 1, \"tokens\": [\n"
            "    {\"text\": \"长株潭\", \"span\": [0,3], \"type\": \"word\"},\n"
            "    {\"text\": \"一体化\", \"span\": [3,6], \"type\": \"word\"}\n"
            "  ]},\n"
            "  {\"line\": 2, \"tokens\": []},\n"
            "  {\"line\": 3, \"tokens\": [\n"
            "    {\"text\": \"\\\"\", \"span\": [8,9], \"type\": \"punctuation\"},\n"
            "    {\"text\": \"a\", \"span\": [9,10], \"type\": \"latin\"},\n"
            "    {\"text\": \"\\\"\", \"span\": [10,11], \"type\": \"punctuation\"}\n"
            "  ]}\n"
            "]\n");
  r = run_cli({"segment", "--data-dir", data, "-f", "jsonl", input});
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out,
            "{\"line\":1,\"tokens\":[{\"text\":\"长株潭\",\"span\":[0,3],\"type\":\"word\"},"
            "{\"text\":\"一体化\",\"span\":[3,6],\"type\":\"word\"}]}\n"
            "{\"line\":2,\"tokens\":[]}\n"
            "{\"line\":3,\"tokens\":[{\"text\":\"\\\"\",\"span\":[8,9],\"type\":\"punctuation\"},"
            "{\"text\":\"a\",\"span\":[9,10],\"type\":\"latin\"},"
            "{\"text\":\"\\\"\",\"span\":[10,11],\"type\":\"punctuation\"}]}\n");
}

TEST(SegmentCommand, DamagedCompiledLexiconIsADataError) {
  ScratchDir dir;
  std::string data = make_data_dir(dir, "长株潭 500\n");
  dir.write("data/lexicon.bin", "ZZLEXBIN\x01");
  auto r = run_cli({"segment", "--data-dir", data, dir.write("in.txt", "长株潭\n")});
  EXPECT_NE(r.status, 0);
  EXPECT_NE(r.err.find("lexicon.bin"), std::string::npos) << r.err;
}

TEST(LexiconCompile, MalformedLexiconIsReportedWithItsLine) {
  ScratchDir dir;
  std::string text = dir.write("bad.txt", "长株潭 500\n一体化 -3\n");
  auto r = run_cli({"lexicon", "compile", text, "-o", dir.path("out.bin")});
  EXPECT_NE(r.status, 0);
  EXPECT_NE(r.err.find("line 2"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace zz::cli::testing
