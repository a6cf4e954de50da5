// Fuzz target: parse_numeral() of any bytes (it is called on spans of valid UTF-8, but must not
// trust them): either nothing, or finite values with min <= max, min == max unless a range.
// Also is_chinese_numeral()/chinese_digit() agree on every decoded code point.
#include <cmath>
#include <cstddef>
#include <cstdint>

#include "fuzz_check.hpp"
#include "zzreport/text/numerals.hpp"
#include "zzreport/text/utf8.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace zz;
  std::string_view text = fuzz::as_text(data, size);
  if (std::optional<text::Numeral> n = text::parse_numeral(text)) {
    fuzz::check(std::isfinite(n->min) && std::isfinite(n->max), "a numeral's value is not finite");
    fuzz::check(n->min <= n->max, "a numeral's min is above its max");
    fuzz::check(n->range || n->min == n->max, "a single number has min != max");
    fuzz::check(n->min >= 0, "a numeral is negative");
    fuzz::check(fuzz::is_valid_utf8(text), "a numeral was parsed from invalid UTF-8");
  }
  if (fuzz::is_valid_utf8(text)) {
    for (std::size_t i = 0; i < text.size();) {
      char32_t cp = text::utf8::next_code_point(text, i);
      int d = text::chinese_digit(cp);
      fuzz::check(d >= -1 && d <= 9, "chinese_digit out of range");
      fuzz::check(d < 0 || text::is_chinese_numeral(cp),
                  "a Chinese digit is not a Chinese numeral");
    }
  }
  return 0;
}
