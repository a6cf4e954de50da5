// HTML pages for people (`--format html`): one self-contained page per report (inline CSS, SVG and
// script; nothing fetched), and the index page of a directory of them. docs/html.md describes
// the page and the contract its marks keep.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "zzreport/report/writers.hpp"

namespace zz::report {

/// The page of one report: its metadata, charts, the targets and achievements as a table that
/// sorts and filters, formulations, keywords, warnings, and the full text with every target,
/// achievement and formulation marked in place. Each target's and achievement's quote is a
/// <mark data-kind="target|achievement" id="qN">, and its table row (id "row-qN") links to it
/// with href="#qN".
std::string to_html(const ReportInput& input);

/// What the index page says of one page.
struct HtmlIndexEntry {
  std::string href;  ///< the page, relative to the index
  std::string title;
  std::string path;  ///< the input as given
  std::string region;
  std::optional<int> year;
  std::size_t targets = 0;
  std::size_t achievements = 0;
  std::size_t formulations = 0;
  std::size_t warnings = 0;
};

/// The index page of a directory of pages: one sortable table row per page, in the given order.
std::string html_index(const std::vector<HtmlIndexEntry>& entries);

/// The index entry of a page at `href` for `input`.
HtmlIndexEntry html_index_entry(const ReportInput& input, std::string href);

}  // namespace zz::report
