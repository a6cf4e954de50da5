// The terminal view of keyword-in-context lines: the term in a column of its own, the left context
// right-aligned against it (by display width), optionally coloured.
#pragma once

#include <string>
#include <vector>

#include "zzreport/extract/kwic.hpp"

namespace zz::report {

/// One document's lines: a heading with `title` (its file), then one line per occurrence: where it
/// starts in the original (code points), the left context, the term, the right context.
/// `width`: the context width asked for, in characters (the left column is padded to it).
std::string kwic_text(const std::string& title, const std::vector<extract::Concordance>& lines,
                      std::size_t width, bool color);

}  // namespace zz::report
