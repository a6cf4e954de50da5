// Bytes to UTF-8 text: BOM sniffing, UTF-8 validation, GB18030/GBK and UTF-16 through ICU
// converters, ICU charset detection where the bytes do not decide.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace zz::text {

struct DecodeOptions {
  /// An ICU converter name ("GB18030", "UTF-16LE", ...) that overrides detection; empty: detect.
  std::string encoding;
};

struct DecodedText {
  std::string utf8;  ///< the decoded text, valid UTF-8, without BOM; line endings as in the file
  std::string
      encoding;  ///< canonical name of the encoding used: "UTF-8", "GB18030", "UTF-16LE", ...
  bool had_bom = false;
};

/// Decodes a whole file's bytes. Throws zz::Error(input) for an empty file, NUL bytes or other
/// binary content ("not a text file"), and bytes invalid in the chosen encoding (with the byte
/// offset). The error carries no file name: the caller adds it with Error::with_file.
DecodedText decode(std::string_view bytes, const DecodeOptions& options = {});

}  // namespace zz::text
