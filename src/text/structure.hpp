// Structure: paragraphs, sentences and the outline of a normalised document, and what its front
// matter says (title, the year stated).
#pragma once

#include <vector>

#include "zzreport/text/document.hpp"
#include "zzreport/text/normalize.hpp"

namespace zz::text {

/// Fills doc.paragraphs (the lines of doc.text), doc.sentences and doc.sections, and doc.title
/// (when still empty), doc.front_paragraphs and doc.stated_year from the front matter. `markup` is
/// what normalize() read from the Markdown (Normalized::markup); empty for plain text.
void build_structure(Document& doc, const std::vector<LineMarkup>& markup = {});

}  // namespace zz::text
