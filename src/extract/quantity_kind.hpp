// Kind of a quantity: a target (a commitment about the future), an achievement (a reported
// result) or a mention (any other number worth keeping), from section, modality and tense cues.
#pragma once

#include <optional>
#include <vector>

#include "classify.hpp"
#include "zzreport/extract/analysis.hpp"
#include "zzreport/extract/quantity_rules.hpp"
#include "zzreport/text/document.hpp"

namespace zz::extract {

/// Whether a part of a report looks back or forward, from its headings.
enum class Phase : unsigned char { unknown, review, plan };

/// True when the whole document is a plan: a five-year plan or 规划纲要 (Document::doc_type).
inline bool is_plan_document(const text::Document& doc) { return doc.doc_type == "five_year_plan"; }

/// The phase of a heading's text: review (回顾, 过去五年, 2023年工作), plan (目标, 任务, 今后),
/// or unknown (cues.tsv). `doc_year` dates headings such as 2024年工作安排.
Phase phase_of_heading(const QuantityRules& rules, std::string_view heading,
                       std::optional<int> doc_year);

/// The deepest section holding each paragraph of `doc` (index into Document::sections), in one
/// pass over paragraphs and sections.
std::vector<std::optional<std::uint32_t>> paragraph_sections(const text::Document& doc);

/// The phase of each paragraph of `doc`: the phase of the nearest enclosing heading that has
/// one; a top-level heading without cues continues the phase before it. In a five-year plan or
/// 规划纲要 (Document::doc_type five_year_plan) a paragraph without one plans. A heading that looks
/// back and then forward (1993年国内工作的回顾和1994年工作的基本方针) reviews until the first
/// sentence of a paragraph names its forward time (1994年, 今年, 十四五, 今后), plans from there,
/// and hands the plan on to the next heading without cues.
std::vector<Phase> paragraph_phases(const QuantityRules& rules, const text::Document& doc,
                                    std::optional<int> year);

/// Where the paragraph announces targets (主要预期目标是：, 奋斗目标是：) before its first
/// quantity, which starts at `first`.
std::optional<std::uint32_t> target_announcement(const QuantityRules& rules, std::string_view text,
                                                 text::ByteRange paragraph, std::uint32_t first);

/// The kind of `m`. `target_lead` when its paragraph announces targets before it;
/// `plan_document` when the whole document is a plan (a five-year plan, a 规划纲要).
QuantityKind kind_of(const QuantityContext& c, const QuantityMatch& m, Phase phase,
                     bool target_lead, std::optional<int> doc_year, bool plan_document);

}  // namespace zz::extract
