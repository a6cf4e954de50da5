// Fuzz target: the whole pipeline on arbitrary bytes, as `zzreport analyze` runs it: load_document,
// Analyzer::analyze, the JSON, Markdown, text and CSV writers. Only zz::Error may escape
// (nlohmann's exceptions on invalid UTF-8, std::out_of_range and the like are bugs), every span of
// the analysis lies inside the original, and the JSON is one line ending in a newline.
#include <cstddef>
#include <cstdint>

#include "fuzz_check.hpp"
#include "zzreport/extract/analyzer.hpp"
#include "zzreport/extract/quantity_rules.hpp"
#include "zzreport/report/writers.hpp"
#include "zzreport/segment/lexicon.hpp"
#include "zzreport/segment/segmenter.hpp"
#include "zzreport/text/document.hpp"
#include "zzreport/text/error.hpp"

namespace {

const zz::extract::Analyzer& analyzer() {
  static const zz::segment::Lexicon lexicon;
  static const zz::segment::Segmenter segmenter(&lexicon);
  static const zz::extract::QuantityRules rules =
      zz::extract::QuantityRules::load(ZZ_SOURCE_DATA_DIR "/rules");
  static const zz::extract::Analyzer instance(segmenter, {.quantity_rules = &rules});
  return instance;
}

void check_span(zz::Span span, std::uint32_t limit) {
  zz::fuzz::check(span.begin <= span.end && span.end <= limit,
                  "an analysis span is outside the original");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace zz;
  text::Document doc;
  try {
    doc = text::load_document(fuzz::as_text(data, size), "fuzz");
  } catch (const Error&) {
    return 0;
  }
  extract::Analysis analysis = analyzer().analyze(doc);
  for (const auto& k : analysis.keywords) {
    for (Span s : k.spans) check_span(s, doc.original_chars);
  }
  for (const auto& q : analysis.quantities) {
    check_span(q.span, doc.original_chars);
    check_span(q.quote_span, doc.original_chars);
  }
  for (const auto& s : analysis.slogans) {
    for (Span span : s.spans) check_span(span, doc.original_chars);
  }
  report::ReportInput input{&doc, &analysis, {{"format", "jsonl"}}, {}, {}};
  std::string line = report::to_json(input, false);
  fuzz::check(!line.empty() && line.back() == '\n' && line.find('\n') == line.size() - 1,
              "JSON Lines output is not one line");
  fuzz::check(fuzz::is_valid_utf8(line), "JSON output is not UTF-8");
  fuzz::check(fuzz::is_valid_utf8(report::to_markdown(input)), "Markdown output is not UTF-8");
  std::string pretty = report::to_json(input, true);
  fuzz::check(!pretty.empty() && pretty.back() == '\n' && fuzz::is_valid_utf8(pretty),
              "JSON output is not UTF-8");
  fuzz::check(fuzz::is_valid_utf8(report::to_text(input)), "text output is not UTF-8");
  fuzz::check(fuzz::is_valid_utf8(report::quantities_to_csv(input)), "CSV output is not UTF-8");
  return 0;
}
