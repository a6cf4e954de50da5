// decode(): bytes to UTF-8. Order of decisions: forced encoding, BOM, binary check, valid UTF-8,
// damaged UTF-8, then GB18030 (which covers GBK and GB2312) or UTF-16 without BOM, whichever reads
// as Chinese rather than mojibake, then ICU charset detection.
#include "zzreport/text/decode.hpp"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/ustring.h>

#include <algorithm>
#include <array>
#include <memory>
#include <optional>

#include "common_han.hpp"
#include "icu_error.hpp"
#include "zzreport/text/error.hpp"
#include "zzreport/text/utf8.hpp"

namespace zz::text {
namespace {

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};
using ConverterPtr = std::unique_ptr<UConverter, ConverterCloser>;

std::string hex_byte(unsigned char b) {
  static constexpr char kDigits[] = "0123456789ABCDEF";
  return std::string("0x") + kDigits[b >> 4] + kDigits[b & 0xF];
}

Error invalid_bytes(std::string_view encoding, std::string_view bytes, std::size_t at) {
  return Error(ErrorKind::input,
               "invalid " + std::string(encoding) + " byte " +
                   hex_byte(static_cast<unsigned char>(bytes[at])),
               {}, "byte " + std::to_string(at));
}

/// Converts with ICU, stopping at the first illegal or unmappable sequence.
/// Returns the UTF-8 text, or the byte offset of the first bad sequence.
struct Conversion {
  std::string utf8;
  std::optional<std::size_t> bad_at;
};

Conversion convert_strict(const char* encoding, std::string_view bytes) {
  UErrorCode status = U_ZERO_ERROR;
  ConverterPtr conv(ucnv_open(encoding, &status));
  if (U_FAILURE(status)) {
    throw Error(ErrorKind::usage, "unknown encoding '" + std::string(encoding) + "'");
  }
  ucnv_setToUCallBack(conv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  detail::check_icu(status, "ucnv_setToUCallBack");

  Conversion result;
  result.utf8.reserve(bytes.size() + bytes.size() / 2);
  std::array<UChar, 8192> buffer{};
  std::array<char, 8192 * 3> utf8{};
  const char* source = bytes.data();
  const char* const source_end = bytes.data() + bytes.size();
  bool flushed = false;
  while (!flushed) {
    UChar* target = buffer.data();
    status = U_ZERO_ERROR;
    ucnv_toUnicode(conv.get(), &target, buffer.data() + buffer.size(), &source, source_end, nullptr,
                   true, &status);
    if (status == U_ILLEGAL_CHAR_FOUND || status == U_INVALID_CHAR_FOUND ||
        status == U_TRUNCATED_CHAR_FOUND) {
      char invalid[32];
      int8_t length = sizeof invalid;
      UErrorCode ignored = U_ZERO_ERROR;
      ucnv_getInvalidChars(conv.get(), invalid, &length, &ignored);
      result.bad_at =
          static_cast<std::size_t>(source - bytes.data()) - static_cast<std::size_t>(length);
      return result;
    }
    if (status != U_BUFFER_OVERFLOW_ERROR) {
      detail::check_icu(status, "ucnv_toUnicode");
      flushed = true;
    }
    int32_t written = 0;
    UErrorCode utf8_status = U_ZERO_ERROR;
    u_strToUTF8(utf8.data(), static_cast<int32_t>(utf8.size()), &written, buffer.data(),
                static_cast<int32_t>(target - buffer.data()), &utf8_status);
    if (U_FAILURE(utf8_status)) {  // a lone surrogate from UTF-16 input
      result.bad_at = static_cast<std::size_t>(source - bytes.data());
      return result;
    }
    result.utf8.append(utf8.data(), static_cast<std::size_t>(written));
  }
  return result;
}

std::string_view canonical_name(const char* icu_name) {
  std::string_view name(icu_name);
  if (name == "gb18030" || name == "GB18030") return "GB18030";
  return name;
}

DecodedText decode_as(const std::string& encoding, std::string_view bytes) {
  UErrorCode status = U_ZERO_ERROR;
  const char* canonical = ucnv_getCanonicalName(encoding.c_str(), "", &status);
  std::string name = (U_SUCCESS(status) && canonical) ? std::string(canonical) : encoding;
  DecodedText out;
  out.encoding = std::string(canonical_name(name.c_str()));
  if (name == "UTF-8") {
    std::size_t bad = utf8::find_invalid_utf8(bytes);
    if (bad != bytes.size()) throw invalid_bytes("UTF-8", bytes, bad);
    out.utf8.assign(bytes);
    return out;
  }
  Conversion c = convert_strict(encoding.c_str(), bytes);
  if (c.bad_at) throw invalid_bytes(out.encoding, bytes, *c.bad_at);
  out.utf8 = std::move(c.utf8);
  return out;
}

/// Text files hold no control characters other than tab, line feed, form feed, carriage return
/// and the odd escape; a few percent of them means binary.
std::optional<std::size_t> binary_evidence(std::string_view bytes) {
  std::size_t controls = 0;
  std::optional<std::size_t> first;
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    auto c = static_cast<unsigned char>(bytes[i]);
    bool control =
        c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1B;
    if (c == 0) return i;
    if (control) {
      if (!first) first = i;
      ++controls;
    }
  }
  if (first && controls * 100 > bytes.size()) return first;
  return std::nullopt;
}

/// UTF-16 without a BOM, when the bytes read as Chinese (or ASCII) text that way. ASCII characters
/// put their zero byte on the same side every time, which says which byte order to try first;
/// Han-only text has no zero bytes and is recognised by its characters alone.
std::optional<DecodedText> decode_utf16_without_bom(std::string_view bytes) {
  if (bytes.size() % 2 != 0) return std::nullopt;
  std::size_t zero_even = 0, zero_odd = 0;
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    if (bytes[i] == '\0') ++(i % 2 == 0 ? zero_even : zero_odd);
  }
  std::array<const char*, 2> order{"UTF-16LE", "UTF-16BE"};
  if (zero_even > zero_odd) std::swap(order[0], order[1]);
  for (const char* encoding : order) {
    Conversion c = convert_strict(encoding, bytes);
    if (!c.bad_at && !binary_evidence(c.utf8) && detail::looks_like_chinese(c.utf8)) {
      return DecodedText{std::move(c.utf8), encoding, false};
    }
  }
  return std::nullopt;
}

/// Length of the well-formed multi-byte UTF-8 sequence at `i`, or 0.
std::size_t multibyte_length(std::string_view bytes, std::size_t i) {
  auto c = static_cast<unsigned char>(bytes[i]);
  if (c < 0xC2 || c > 0xF4) return 0;
  std::size_t length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
  return utf8::find_invalid_utf8(bytes.substr(i, 4)) >= length ? length : 0;
}

/// True when `bytes` is UTF-8 with some bad sequences: a damaged UTF-8 file, or UTF-8 and another
/// encoding concatenated, which should be reported as such rather than decoded as GB18030 mojibake.
bool looks_like_broken_utf8(std::string_view bytes) {
  // A run of 32 well-formed multi-byte sequences has a chance of about 0.05^32 in GBK text.
  constexpr std::size_t kConvincingRun = 32;
  std::size_t good = 0, bad = 0, run = 0, i = 0;
  while (i < bytes.size()) {
    if (static_cast<unsigned char>(bytes[i]) < 0x80) {
      ++i;
    } else if (std::size_t length = multibyte_length(bytes, i)) {
      ++good;
      if (++run >= kConvincingRun) return true;
      i += length;
    } else {
      // One bad sequence: its first byte and the continuation bytes that follow it.
      ++bad;
      run = 0;
      for (++i; i < bytes.size() && utf8::is_continuation(static_cast<unsigned char>(bytes[i]));)
        ++i;
    }
  }
  // GBK read as UTF-8 is almost all bad sequences; UTF-8 with a damaged byte is almost all good.
  return good >= 4 && good > bad * 4;
}

std::optional<std::string> detect_with_icu(std::string_view bytes) {
  UErrorCode status = U_ZERO_ERROR;
  UCharsetDetector* detector = ucsdet_open(&status);
  detail::check_icu(status, "ucsdet_open");
  std::unique_ptr<UCharsetDetector, void (*)(UCharsetDetector*)> guard(detector, ucsdet_close);
  auto length = static_cast<int32_t>(std::min<std::size_t>(bytes.size(), 1 << 20));
  ucsdet_setText(detector, bytes.data(), length, &status);
  const UCharsetMatch* match = ucsdet_detect(detector, &status);
  if (U_FAILURE(status) || match == nullptr) return std::nullopt;
  const char* name = ucsdet_getName(match, &status);
  if (U_FAILURE(status) || name == nullptr) return std::nullopt;
  return std::string(name);
}

}  // namespace

DecodedText decode(std::string_view bytes, const DecodeOptions& options) {
  if (bytes.empty()) throw Error(ErrorKind::input, "empty file");

  struct Bom {
    std::string_view mark;
    const char* encoding;
  };
  using namespace std::string_view_literals;  // "..."sv keeps the embedded NUL bytes
  static constexpr std::array<Bom, 5> kBoms{{{"\x00\x00\xFE\xFF"sv, "UTF-32BE"},
                                             {"\xFF\xFE\x00\x00"sv, "UTF-32LE"},
                                             {"\xEF\xBB\xBF"sv, "UTF-8"},
                                             {"\xFE\xFF"sv, "UTF-16BE"},
                                             {"\xFF\xFE"sv, "UTF-16LE"}}};
  for (const Bom& bom : kBoms) {
    std::string_view mark = bom.mark;
    if (bytes.substr(0, mark.size()) == mark) {
      std::string encoding = options.encoding.empty() ? bom.encoding : options.encoding;
      DecodedText out = decode_as(encoding, bytes.substr(mark.size()));
      out.had_bom = true;
      if (out.utf8.empty()) throw Error(ErrorKind::input, "empty file (only a byte-order mark)");
      return out;
    }
  }
  if (!options.encoding.empty()) return decode_as(options.encoding, bytes);

  if (auto nul = binary_evidence(bytes)) {
    if (auto utf16 = decode_utf16_without_bom(bytes)) return std::move(*utf16);
    throw Error(
        ErrorKind::input,
        "not a text file (control byte " + hex_byte(static_cast<unsigned char>(bytes[*nul])) + ")",
        {}, "byte " + std::to_string(*nul));
  }

  std::size_t bad = utf8::find_invalid_utf8(bytes);
  if (bad == bytes.size()) return decode_as("UTF-8", bytes);
  if (looks_like_broken_utf8(bytes)) throw invalid_bytes("UTF-8", bytes, bad);

  Conversion gb = convert_strict("GB18030", bytes);
  if (!gb.bad_at && detail::looks_like_chinese(gb.utf8))
    return {std::move(gb.utf8), "GB18030", false};

  // Han-only UTF-16 may have no NUL bytes to give it away, and GB18030 often "decodes" it too.
  if (auto utf16 = decode_utf16_without_bom(bytes)) return std::move(*utf16);
  if (!gb.bad_at) return {std::move(gb.utf8), "GB18030", false};

  if (auto detected = detect_with_icu(bytes)) {
    Conversion other = convert_strict(detected->c_str(), bytes);
    if (!other.bad_at) return {std::move(other.utf8), *detected, false};
  }
  throw Error(ErrorKind::input, "cannot decode: neither UTF-8 nor GB18030", {},
              "byte " + std::to_string(bad));
}

}  // namespace zz::text
