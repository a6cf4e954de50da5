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

// A sentence of common report vocabulary, long enough for the mojibake test (eight Han or more).
constexpr std::string_view kProse = "全市经济社会发展取得新成效，人民生活水平不断提高。";

std::string encode_utf16le(std::u16string_view text) {
  std::string out;
  for (char16_t c : text) {
    out += static_cast<char>(c & 0xFF);
    out += static_cast<char>(c >> 8);
  }
  return out;
}

std::string where_of(std::string_view bytes) {
  try {
    decode(bytes);
  } catch (const Error& e) {
    return e.where();
  }
  return "no error";
}

TEST(Decode, DecodesHanOnlyUtf16WithoutBom) {
  std::u16string text = u"全市经济社会发展取得新成效人民生活水平不断提高";
  std::string le = encode_utf16le(text);
  DecodedText d = decode(le);
  EXPECT_EQ(d.encoding, "UTF-16LE");
  EXPECT_EQ(d.utf8, "全市经济社会发展取得新成效人民生活水平不断提高");
  std::string be = le;
  for (std::size_t i = 0; i + 1 < be.size(); i += 2) std::swap(be[i], be[i + 1]);
  EXPECT_EQ(decode(be).encoding, "UTF-16BE");
}

TEST(Decode, DecodesUtf16WhoseHanCharactersHoldZeroBytes) {
  // 一 is U+4E00: its low byte is zero, on the other side from the zero bytes of ASCII.
  DecodedText d =
      decode(encode_utf16le(u"一体化发展，经济增长7%。\n一是推进改革，二是扩大开放。\n"));
  EXPECT_EQ(d.encoding, "UTF-16LE");
  EXPECT_EQ(d.utf8, "一体化发展，经济增长7%。\n一是推进改革，二是扩大开放。\n");
}

TEST(Decode, RejectsNulBeforeUtf8TextRatherThanReadingUtf16) {
  std::string bytes = std::string(1, '\0') + std::string(kProse);
  EXPECT_EQ(kind_of(bytes), ErrorKind::input);
  EXPECT_EQ(where_of(bytes), "byte 0");
}

TEST(Decode, ReportsUtf8FollowedByGbkAsBrokenUtf8) {
  std::string utf8_part;
  for (int i = 0; i < 3; ++i) utf8_part += kProse;
  std::string gbk_part = "\xD6\xEA\xD6\xDE\xCA\xD0";  // 株洲市 in GBK
  EXPECT_EQ(where_of(utf8_part + gbk_part), "byte " + std::to_string(utf8_part.size()));
  EXPECT_EQ(where_of(gbk_part + utf8_part), "byte 0");
}

TEST(Decode, ReportsDamageThatBreaksASequenceInTwo) {
  // A bad byte inside a character leaves a cut lead byte and stray continuation bytes: one damage.
  std::string text(kProse);
  text.insert(1, "\xFF");
  EXPECT_EQ(where_of(text), "byte 0");
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
