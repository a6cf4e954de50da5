// Fuzz target: load_document() of arbitrary bytes (decode, normalise, structure). Either a
// zz::Error, or a Document whose byte ranges lie on code point boundaries of its text and whose
// spans lie inside the original.
#include <cstddef>
#include <cstdint>

#include "fuzz_check.hpp"
#include "zzreport/text/document.hpp"
#include "zzreport/text/error.hpp"

namespace {

void check_range(const zz::text::Document& doc, zz::text::ByteRange r, zz::Span span,
                 const char* what) {
  zz::fuzz::check(r.begin <= r.end && r.end <= doc.text.size(), what);
  zz::fuzz::check(
      zz::fuzz::is_boundary(doc.text, r.begin) && zz::fuzz::is_boundary(doc.text, r.end), what);
  zz::fuzz::check(span.begin <= span.end && span.end <= doc.original_chars, what);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace zz;
  text::Document doc;
  try {
    doc = text::load_document(fuzz::as_text(data, size), "fuzz");
  } catch (const Error& e) {
    fuzz::check(e.file() == "fuzz", "an input error does not name the file");
    return 0;
  }
  fuzz::check(fuzz::is_valid_utf8(doc.original) && fuzz::is_valid_utf8(doc.text),
              "document text is not UTF-8");
  for (const auto& p : doc.paragraphs)
    check_range(doc, p.range, p.span, "paragraph outside the text");
  for (const auto& s : doc.sentences) {
    check_range(doc, s.range, s.span, "sentence outside the text");
    fuzz::check(s.paragraph < doc.paragraphs.size(), "sentence of a missing paragraph");
  }
  for (std::size_t i = 0; i < doc.sections.size(); ++i) {
    const text::Section& sec = doc.sections[i];
    check_range(doc, sec.heading, sec.span, "heading outside the text");
    check_range(doc, sec.body, doc.span_of(sec.body), "section body outside the text");
    fuzz::check(!sec.parent || *sec.parent < i, "a section's parent does not come before it");
    fuzz::check(fuzz::is_valid_utf8(sec.title) && fuzz::is_valid_utf8(sec.marker),
                "heading is not UTF-8");
  }
  for (const auto& w : doc.warnings) {
    fuzz::check(w.span.begin <= w.span.end && w.span.end <= doc.original_chars,
                "warning outside the original");
  }
  return 0;
}
