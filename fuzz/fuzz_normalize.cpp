// Fuzz target: normalize() of valid UTF-8. The offset map invariant: every span of the normalised
// text maps back inside the original, with begin <= end, and later text never maps before earlier
// text.
#include <cstddef>
#include <cstdint>

#include "fuzz_check.hpp"
#include "zzreport/text/error.hpp"
#include "zzreport/text/normalize.hpp"
#include "zzreport/text/utf8.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace zz;
  std::string_view original = fuzz::as_text(data, size);
  if (!fuzz::is_valid_utf8(original)) return 0;
  const std::uint32_t original_chars = text::utf8::count_code_points(original);
  text::Normalized n;
  try {
    n = text::normalize(original);
  } catch (const Error&) {
    return 0;  // a clear error is allowed; a crash or a broken map is not
  }
  const std::string& norm = n.text;
  fuzz::check(fuzz::is_valid_utf8(norm), "normalised text is not valid UTF-8");
  const auto end = static_cast<std::uint32_t>(norm.size());
  std::uint32_t previous_begin = 0;
  for (std::uint32_t b = 0; b < end;) {
    std::size_t next = b;
    text::utf8::next_code_point(norm, next);
    Span span = n.map.original_span(norm, b, static_cast<std::uint32_t>(next));
    fuzz::check(span.begin <= span.end, "a character maps to a reversed span");
    fuzz::check(span.end <= original_chars, "a character maps past the end of the original");
    fuzz::check(span.begin >= previous_begin, "the offset map goes backwards");
    previous_begin = span.begin;
    b = static_cast<std::uint32_t>(next);
  }
  Span whole = n.map.original_span(norm, 0, end);
  fuzz::check(whole.begin <= whole.end && whole.end <= original_chars,
              "the whole text maps outside the original");
  fuzz::check(n.map.original_cp(norm, end) <= original_chars, "the end maps past the original");
  for (const text::Warning& w : n.warnings) {
    fuzz::check(w.span.begin <= w.span.end && w.span.end <= original_chars,
                "a warning's span is outside the original");
  }
  return 0;
}
