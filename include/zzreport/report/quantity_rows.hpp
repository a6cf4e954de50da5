// Quantity rows: the quantities of one document as flat records (CSV, JSON Lines, JSON, text),
// shared by `zzreport targets` and the writers of `analyze`.
#pragma once

#include <string>
#include <vector>

#include "zzreport/extract/analysis.hpp"
#include "zzreport/text/document.hpp"

namespace zz::report {

/// The CSV header line shared by `analyze --format csv` and `targets --format csv` (RFC 4180,
/// CRLF): file,kind,indicator,op,change,value,min,max,unit,magnitude,base_unit,hedge,horizon,
/// horizon_year,section,start,end,quote. Header and rows come from one table of columns.
std::string quantities_csv_header();

/// One CSV record per quantity of `doc` (no header), in the given order: write the header once,
/// then the records of each file.
std::string quantities_csv(const text::Document& doc,
                           const std::vector<extract::Quantity>& quantities);

/// One JSON object per line per quantity, with the same fields as the CSV (spans as [start, end]).
std::string quantities_jsonl(const text::Document& doc,
                             const std::vector<extract::Quantity>& quantities);

/// A JSON array of the same objects, pretty-printed, for one document.
std::string quantities_json(const text::Document& doc,
                            const std::vector<extract::Quantity>& quantities);

/// A readable listing for a terminal: one line per quantity.
std::string quantities_text(const text::Document& doc,
                            const std::vector<extract::Quantity>& quantities);

}  // namespace zz::report
