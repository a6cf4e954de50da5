// read_metadata(): what a report says about itself — its region and level, the year it plans for,
// the date and session it was given at, and what kind of document it is (docs/text.md, "Metadata").
#pragma once

#include "zzreport/text/document.hpp"
#include "zzreport/text/regions.hpp"

namespace zz::text {

/// Fills doc.region, level, year, date, doc_type and meeting from a structured document (title,
/// paragraphs, sentences, sections and front_paragraphs set). Without `regions`, region and level
/// stay empty.
void read_metadata(Document& doc, const RegionTable* regions);

}  // namespace zz::text
