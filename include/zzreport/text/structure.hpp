// Structure: paragraphs, sentences and the outline of a normalised document.
#pragma once

#include "zzreport/text/document.hpp"

namespace zz::text {

/// Fills doc.paragraphs, doc.sentences and doc.sections from doc.text (and the title and year
/// when doc.title is still empty).
void build_structure(Document& doc);

}  // namespace zz::text
