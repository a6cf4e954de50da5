// The full text of a report as HTML, with its section headings, quantities, slogans and warnings
// marked where they are: the body of the HTML page's 全文 section. Private to zz_report.
#pragma once

#include <cstddef>
#include <string>

#include "zzreport/extract/analysis.hpp"
#include "zzreport/text/document.hpp"

namespace zz::report::detail {

/// The id of the mark of analysis.quantities[i] ("q12"), of occurrence k of slogan s ("s3-0"), of
/// section i's heading ("sec-4"), of warning i ("w2"), and of a quantity's table row ("row-q12").
std::string quantity_id(std::size_t i);
std::string slogan_id(std::size_t s, std::size_t k);
std::string section_id(std::size_t i);
std::string warning_id(std::size_t i);

/// doc.original, escaped, with: each section heading in <strong id="sec-N">; each
/// target's and achievement's quote in <mark data-kind="target|achievement" id="qN">; each
/// occurrence of a formulation (numbered or slogan) in <mark data-kind="slogan" id="sS-K">; an
/// empty <span class="warn" id="wN"> where each warning starts. Marks that would cross nest
/// instead: a mark that starts inside another and would end after it ends with it, so that every
/// quantity keeps its mark. Carriage returns are dropped; the page shows the text with
/// `white-space: pre-wrap`.
std::string marked_text(const text::Document& doc, const extract::Analysis& analysis);

}  // namespace zz::report::detail
