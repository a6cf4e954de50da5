// Fuzz target: decode() of arbitrary bytes either throws zz::Error or returns valid UTF-8.
#include <cstddef>
#include <cstdint>

#include "fuzz_check.hpp"
#include "zzreport/text/decode.hpp"
#include "zzreport/text/error.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace zz;
  try {
    text::DecodedText decoded = text::decode(fuzz::as_text(data, size));
    fuzz::check(fuzz::is_valid_utf8(decoded.utf8), "decode() returned invalid UTF-8");
    fuzz::check(!decoded.encoding.empty(), "decode() returned no encoding name");
  } catch (const Error& e) {
    fuzz::check(e.kind() == ErrorKind::input || e.kind() == ErrorKind::usage,
                "decode() error of an unexpected kind");
  }
  return 0;
}
