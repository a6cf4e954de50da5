// Tests of decode(): encodings, BOMs, binary and broken input.
#include "zzreport/text/decode.hpp"

#include <gtest/gtest.h>

#include "zzreport/text/error.hpp"

namespace zz::text {
namespace {

ErrorKind kind_of(std::string_view bytes, const DecodeOptions& options = {}) {
  try {
    decode(bytes, options);
  } catch (const Error& e) {
    return e.kind();
  }
  return ErrorKind::internal;
}

TEST(Decode, AcceptsUtf8WithAndWithoutBom) {
  EXPECT_EQ(decode("株洲").utf8, "株洲");
  DecodedText bom = decode("\xEF\xBB\xBF株洲");
  EXPECT_EQ(bom.utf8, "株洲");
  EXPECT_EQ(bom.encoding, "UTF-8");
  EXPECT_TRUE(bom.had_bom);
}

TEST(Decode, DecodesGbk) {
  DecodedText d = decode("\xD6\xEA\xD6\xDE");  // 株洲 in GBK
  EXPECT_EQ(d.utf8, "株洲");
  EXPECT_EQ(d.encoding, "GB18030");
}

TEST(Decode, DecodesUtf16WithBom) {
  EXPECT_EQ(decode(std::string_view("\xFF\xFE\x2A\x68\x32\x6D", 6)).utf8, "株洲");
  EXPECT_EQ(decode(std::string_view("\xFE\xFF\x68\x2A\x6D\x32", 6)).utf8, "株洲");
}

TEST(Decode, DecodesUtf16WithoutBomWhenAsciiRevealsByteOrder) {
  std::string le("\x2A\x68\x32\x6D\x31\x00\x0A\x00", 8);  // 株洲1\n
  DecodedText d = decode(le);
  EXPECT_EQ(d.utf8, "株洲1\n");
  EXPECT_EQ(d.encoding, "UTF-16LE");
}

TEST(Decode, RejectsEmptyAndBinary) {
  EXPECT_EQ(kind_of(""), ErrorKind::input);
  EXPECT_EQ(kind_of(std::string_view("ab\0\x01\x02\x03", 6)), ErrorKind::input);
  EXPECT_EQ(kind_of("\xEF\xBB\xBF"), ErrorKind::input);
}

TEST(Decode, ReportsByteOffsetOfInvalidUtf8) {
  std::string text = "株洲市株洲市株洲市株洲市\xFF株洲";
  try {
    decode(text);
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.where(), "byte 36");
    EXPECT_NE(std::string(e.what()).find("UTF-8"), std::string::npos);
  }
}

TEST(Decode, ForcedEncodingReportsInvalidBytes) {
  try {
    decode("abc\xFF", {"UTF-8"});
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.where(), "byte 3");
  }
  EXPECT_EQ(kind_of("abc", {"no-such-encoding"}), ErrorKind::usage);
}

}  // namespace
}  // namespace zz::text
