// Keyword writers: the keywords of one report as terminal text, JSON (or a JSON Lines record) and
// CSV rows, for `zzreport keywords`; `analyze` embeds the same JSON.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "zzreport/extract/analysis.hpp"
#include "zzreport/text/document.hpp"

namespace zz::report {

/// An aligned table for people: rank, term, score, count, sections, first position.
std::string keywords_to_text(const text::Document& doc,
                             const std::vector<extract::Keyword>& keywords);

/// {"path": ..., "keywords": [{term, score, count, phrase, spans, sections}, ...]}; pretty-printed
/// when `pretty`, one line otherwise; ends with '\n'. `record_id`: a JSON Lines record's id as
/// compact JSON, written first as "id" (empty for a file: no "id").
std::string keywords_to_json(const text::Document& doc,
                             const std::vector<extract::Keyword>& keywords, bool pretty,
                             std::string_view record_id = {});

/// The CSV header line matching keywords_to_csv().
std::string keywords_csv_header();

/// One CSV row (RFC 4180 quoting) per keyword: file,rank,term,score,count,phrase,spans,sections.
std::string keywords_to_csv(const text::Document& doc,
                            const std::vector<extract::Keyword>& keywords);

}  // namespace zz::report
