// Headings and the outline tree.
#pragma once

#include <cstddef>
#include <vector>

#include "zzreport/text/document.hpp"
#include "zzreport/text/normalize.hpp"

namespace zz::text {

/// Finds the headings among doc.paragraphs from `first_body` on and fills doc.sections, nested.
/// `markup` is per paragraph; `first_sentence` the index of each paragraph's first sentence.
void find_sections(Document& doc, const std::vector<LineMarkup>& markup,
                   const std::vector<std::size_t>& first_sentence, std::size_t first_body);

}  // namespace zz::text
