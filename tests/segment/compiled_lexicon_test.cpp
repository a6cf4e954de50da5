// Tests of CompiledLexicon: it segments exactly as the lexicon it was compiled from, survives a
// round trip through bytes, rejects damaged files, and data/lexicon.bin is data/lexicon.txt
// compiled.
#include "zzreport/segment/compiled_lexicon.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "zzreport/segment/lexicon.hpp"
#include "zzreport/segment/segmenter.hpp"
#include "zzreport/text/error.hpp"

namespace zz::segment {
namespace {

const char* const kSample =
    "长株潭一体化发展，推进“三高四新”战略，专精特新企业新增2-3个，碳达峰行动，湘赣边合作区，"
    "全市生产总值达到5000亿元，增长70%。克林顿在新世纪的讲话。";

std::vector<Token> segment_with(const Segmenter& segmenter, std::string_view text) {
  std::vector<Token> tokens;
  segmenter.segment(text, tokens);
  return tokens;
}

bool same_tokens(const std::vector<Token>& a, const std::vector<Token>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a[i].begin != b[i].begin || a[i].end != b[i].end || a[i].type != b[i].type) return false;
  }
  return true;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

Lexicon small_lexicon() {
  Lexicon lexicon;
  lexicon.load_text("长株潭 500\n一体化 800\n发展 9000\n三高四新 40 slogan\n湘赣边 30\n", "small",
                    LexiconLayer::shipped);
  return lexicon;
}

TEST(CompiledLexicon, SegmentsExactlyAsTheLexiconItWasCompiledFrom) {
  Lexicon lexicon = small_lexicon();
  CompiledLexicon compiled = CompiledLexicon::compile(lexicon);
  for (Granularity g : {Granularity::coarse, Granularity::fine}) {
    SegmenterOptions options;
    options.granularity = g;
    Segmenter from_text(&lexicon, options);
    Segmenter from_compiled(compiled, options);
    EXPECT_TRUE(
        same_tokens(segment_with(from_text, kSample), segment_with(from_compiled, kSample)));
  }
}

TEST(CompiledLexicon, RoundTripsThroughBytes) {
  CompiledLexicon compiled = CompiledLexicon::compile(small_lexicon());
  std::string bytes = compiled.bytes();
  CompiledLexicon copy = CompiledLexicon::from_bytes(bytes, "copy");
  EXPECT_EQ(copy.bytes(), bytes);
  EXPECT_TRUE(same_tokens(segment_with(Segmenter(compiled), kSample),
                          segment_with(Segmenter(copy), kSample)));
}

TEST(CompiledLexicon, RejectsDamagedBytesWithADataError) {
  std::string bytes = CompiledLexicon::compile(small_lexicon()).bytes();
  for (std::size_t n :
       {std::size_t{0}, std::size_t{7}, std::size_t{20}, bytes.size() / 2, bytes.size() - 1}) {
    try {
      CompiledLexicon::from_bytes(std::string_view(bytes).substr(0, n), "cut.bin");
      FAIL() << "accepted " << n << " bytes";
    } catch (const Error& e) {
      EXPECT_EQ(e.kind(), ErrorKind::data);
      EXPECT_EQ(e.file(), "cut.bin");
    }
  }
  EXPECT_THROW(CompiledLexicon::from_bytes(bytes + "x", "long.bin"), Error);
  std::string other_version = bytes;
  other_version[8] = '\x02';
  EXPECT_THROW(CompiledLexicon::from_bytes(other_version, "v2.bin"), Error);
  // Any single damaged byte: a data error, or a lexicon that segments without crashing.
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    std::string damaged = bytes;
    damaged[i] = static_cast<char>(damaged[i] ^ 0x5A);
    try {
      Segmenter segmenter(CompiledLexicon::from_bytes(damaged, "damaged.bin"));
      EXPECT_FALSE(segment_with(segmenter, kSample).empty());
    } catch (const Error& e) {
      EXPECT_EQ(e.kind(), ErrorKind::data);
    }
  }
}

TEST(CompiledLexicon, MissingFileOrDirectoryIsADataError) {
  EXPECT_THROW(CompiledLexicon::load_file("/nonexistent/lexicon.bin"), Error);
  EXPECT_THROW(CompiledLexicon::load_file(ZZ_SOURCE_DATA_DIR), Error);
}

TEST(CompiledLexicon, ShippedBinaryIsTheShippedTextCompiled) {
  Lexicon lexicon;
  lexicon.load_file(ZZ_SOURCE_DATA_DIR "/lexicon.txt", LexiconLayer::shipped);
  std::string expected = CompiledLexicon::compile(lexicon).bytes();
  std::string shipped = read_file(ZZ_SOURCE_DATA_DIR "/lexicon.bin");
  EXPECT_TRUE(shipped == expected) << "data/lexicon.bin is stale: run zzreport lexicon compile "
                                      "data/lexicon.txt -o data/lexicon.bin";
}

}  // namespace
}  // namespace zz::segment
