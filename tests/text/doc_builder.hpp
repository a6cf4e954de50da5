// Test helper: a Document from text, normalised and structured as load_document() does it.
#pragma once

#include <string>
#include <string_view>

#include "structure.hpp"
#include "zzreport/text/document.hpp"
#include "zzreport/text/normalize.hpp"
#include "zzreport/text/utf8.hpp"

namespace zz::text::test {

inline Document structured(std::string_view original) {
  Document doc;
  doc.original = std::string(original);
  doc.original_chars = utf8::count_code_points(original);
  Normalized n = normalize(original);
  doc.text = std::move(n.text);
  doc.map = std::move(n.map);
  doc.title = std::move(n.title);
  build_structure(doc, n.markup);
  return doc;
}

}  // namespace zz::text::test
