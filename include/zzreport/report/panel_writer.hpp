// The renderings of panel rows (zzreport panel): CSV with the header of issue #15, JSON Lines (one
// row a line), JSON (one object per document) and Markdown (a table per document).
#pragma once

#include <string>
#include <vector>

#include "zzreport/extract/panel.hpp"
#include "zzreport/text/document.hpp"

namespace zz::report {

/// file,region,level,year,indicator,kind,period,op,value,min,max,unit,hedge,quote,start,end (CRLF).
std::string panel_csv_header();

/// One CSV record per row (no header).
std::string panel_csv(const text::Document& doc, const std::vector<extract::PanelRow>& rows);

/// One JSON object per line per row, with the CSV's fields (numbers as numbers, absent as null).
std::string panel_jsonl(const text::Document& doc, const std::vector<extract::PanelRow>& rows);

/// One pretty-printed JSON object for the document: file, region, level, year and its "rows".
std::string panel_json(const text::Document& doc, const std::vector<extract::PanelRow>& rows);

/// A Markdown section for the document: its heading and a table of its rows.
std::string panel_markdown(const text::Document& doc, const std::vector<extract::PanelRow>& rows);

}  // namespace zz::report
