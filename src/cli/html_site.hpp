// HtmlSite: `analyze -f html -o DIR/` writes one page per document into DIR and an index.html that
// lists and links them. Pages arrive in input order (DocumentBatch::write), each framed with its
// index entry (frame_page), so that names and the index are the same on every run.
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "zzreport/report/html.hpp"

namespace zz::cli {

/// Whether `output` names a directory for one page per document: it ends with '/' or is one.
bool is_site_output(const std::string& output);

/// A page and its index entry as one string (the entry, a NUL byte, the page): what render()
/// returns in site mode.
std::string frame_page(const report::HtmlIndexEntry& entry, std::string_view page);

class HtmlSite {
 public:
  /// Creates `dir` when it does not exist; throws zz::Error(output) when it cannot.
  explicit HtmlSite(std::string dir);

  /// Writes the framed page to its own file (atomically), named after its input.
  void write(std::string_view framed);
  /// Writes index.html (atomically), listing the pages written, in input order.
  void finish();

 private:
  std::string page_name(const std::string& path);

  std::string dir_;
  std::set<std::string> names_;
  std::vector<report::HtmlIndexEntry> entries_;
};

}  // namespace zz::cli
