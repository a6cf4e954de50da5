// Fuzz target: quantity extraction. On valid UTF-8 taken as one paragraph, scan_quantities()
// returns matches in text order, inside the paragraph, on code point boundaries, with the numeral
// inside the match and finite values; on any bytes, load_document() + extract_quantities() give
// quantities whose spans lie inside the original and whose values are finite or absent.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <optional>

#include "fuzz_check.hpp"
#include "quantity_scan.hpp"
#include "zzreport/extract/quantities.hpp"
#include "zzreport/text/document.hpp"
#include "zzreport/text/error.hpp"

namespace {

bool finite_or_absent(const std::optional<double>& v) { return !v || std::isfinite(*v); }

const zz::extract::QuantityRules& rules() {
  static const zz::extract::QuantityRules loaded =
      zz::extract::QuantityRules::load(ZZ_SOURCE_DATA_DIR "/rules");
  return loaded;
}

void check_scan(std::string_view text) {
  using namespace zz;
  auto size = static_cast<std::uint32_t>(text.size());
  std::uint32_t previous_end = 0;
  for (const extract::QuantityMatch& m : extract::scan_quantities(text, {0, size}, rules())) {
    fuzz::check(m.range.begin < m.range.end && m.range.end <= size,
                "a match is empty or past the end");
    fuzz::check(m.range.begin >= previous_end, "matches overlap or are out of order");
    fuzz::check(fuzz::is_boundary(text, m.range.begin) && fuzz::is_boundary(text, m.range.end),
                "a match is cut inside a character");
    fuzz::check(m.numeral.begin >= m.range.begin && m.numeral.begin < m.numeral.end &&
                    m.numeral.end <= m.range.end,
                "the numeral is not inside its match");
    fuzz::check(fuzz::is_boundary(text, m.numeral.begin) && fuzz::is_boundary(text, m.numeral.end),
                "a numeral is cut inside a character");
    fuzz::check(
        std::isfinite(m.value.min) && std::isfinite(m.value.max) && m.value.min <= m.value.max,
        "a match's value is not finite or min > max");
    fuzz::check(std::isfinite(m.scale) && m.scale > 0,
                "a match's scale is not finite and positive");
    fuzz::check(fuzz::is_valid_utf8(m.unit) && fuzz::is_valid_utf8(m.base_unit),
                "a unit is not UTF-8");
    previous_end = m.range.end;
  }
}

void check_span(zz::Span span, std::uint32_t limit, const char* what) {
  zz::fuzz::check(span.begin <= span.end && span.end <= limit, what);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace zz;
  std::string_view bytes = fuzz::as_text(data, size);
  if (fuzz::is_valid_utf8(bytes)) check_scan(bytes);

  text::Document doc;
  try {
    doc = text::load_document(bytes, "fuzz");
  } catch (const Error&) {
    return 0;
  }
  for (const extract::Quantity& q : extract::extract_quantities(doc, rules())) {
    check_span(q.span, doc.original_chars, "a quantity's span is outside the original");
    check_span(q.quote_span, doc.original_chars, "a quantity's quote is outside the original");
    fuzz::check(finite_or_absent(q.value) && finite_or_absent(q.min) && finite_or_absent(q.max) &&
                    finite_or_absent(q.magnitude),
                "a quantity's value is not finite");
    fuzz::check(!q.min == !q.max && (!q.min || *q.min <= *q.max),
                "a quantity's range is incomplete or reversed");
    fuzz::check(!q.section || *q.section < doc.sections.size(),
                "a quantity names a missing section");
    fuzz::check(fuzz::is_valid_utf8(q.indicator) && fuzz::is_valid_utf8(q.quote) &&
                    fuzz::is_valid_utf8(q.value_text) && fuzz::is_valid_utf8(q.horizon),
                "a quantity's text is not UTF-8");
  }
  return 0;
}
