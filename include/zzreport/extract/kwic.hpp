// Keyword in context: every occurrence of a term in a document's cleaned text, with the text on
// either side, for `zzreport kwic` (docs/trends.md).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "zzreport/text/document.hpp"
#include "zzreport/text/span.hpp"

namespace zz::extract {

struct Concordance {
  Span span;          ///< the occurrence in the original (code points)
  std::string left;   ///< up to `width` characters of cleaned text before it, line breaks as spaces
  std::string term;   ///< the occurrence as the cleaned text has it
  std::string right;  ///< up to `width` characters after it
};

/// The non-overlapping occurrences of `term` (already folded as document text is: TermCounter's
/// rule) in doc.text, left to right, with `width` characters of context on each side.
std::vector<Concordance> concordance(const text::Document& doc, const std::string& term,
                                     std::size_t width);

}  // namespace zz::extract
