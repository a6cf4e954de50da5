// kind_of() and the phase of each paragraph: target, achievement or mention.
#include "quantity_kind.hpp"

#include <algorithm>

#include "clauses.hpp"
#include "rule_tables.hpp"
#include "zzreport/text/numerals.hpp"

namespace zz::extract {

using text::is_chinese_numeral;

namespace {

using detail::RuleTables;

bool contains(std::string_view s, std::string_view w) {
  return s.find(w) != std::string_view::npos;
}

/// The first year written in `s` (2025年, 二〇二五年), whatever its value.
std::optional<int> year_in(std::string_view s) { return text::find_year(s, 0, 9999); }

/// +1 for a clause that reads as a target, -1 for a result, 0 for neither or both: the cues of
/// cues.tsv (a cue inside a longer word of exceptions.tsv does not count: 主要 is no modal 要), and
/// a year before or after the report's. Unless `results` the verbs of a result (完成, 累计) are
/// no cues: in a plan they say what is to be reached.
int cue_score(const RuleTables& rules, std::string_view s, std::optional<int> doc_year,
              bool results) {
  bool future = false, past = false;
  rules.cue_set.for_each(s, [&](std::uint32_t k, std::size_t index) {
    if (!results && index >= rules.past_cues) return true;
    bool hidden = false;
    for (const detail::Exception& e : rules.cue_exceptions[index]) {
      hidden = hidden || (k >= e.offset && s.substr(k - e.offset, e.word.size()) == e.word);
    }
    if (!hidden) (index < rules.future_cues ? future : past) = true;
    return !(future && past);
  });
  // A year already past (到2020年 in a 2021 report) dates a result, not a goal.
  if (std::optional<int> y = year_in(s); y && doc_year) {
    past = past || *y < *doc_year;
    future = future || *y > *doc_year;
  }
  return (future ? 1 : 0) - (past ? 1 : 0);
}

bool contains_any(std::string_view s, const std::vector<std::string_view>& words) {
  return std::any_of(words.begin(), words.end(),
                     [&](std::string_view w) { return contains(s, w); });
}

/// 轨道交通、航空动力、先进硬质材料等3个: the items listed before the 等 that counts them.
std::uint32_t list_items_before(const QuantityContext& c, const QuantityMatch& m) {
  std::string_view head = c.text.substr(c.clause.begin, m.range.begin - c.clause.begin);
  std::uint32_t items = 1;
  for (std::size_t k = head.find("、"); k != std::string_view::npos; k = head.find("、", k + 3))
    ++items;
  return items;
}

}  // namespace

Phase phase_of_heading(const QuantityRules& quantity_rules, std::string_view h,
                       std::optional<int> doc_year) {
  const RuleTables& rules = quantity_rules.tables();
  bool review = contains_any(h, rules.review_headings);
  // 2024年工作安排 in a 2024 report plans, 2023年工作 reviews; 2024年…回顾 reviews.
  if (std::optional<int> y = year_in(h); y && doc_year) {
    if (*y < *doc_year) return Phase::review;
    if (!review) return Phase::plan;
  }
  if (review) return Phase::review;
  if (contains_any(h, rules.plan_headings)) return Phase::plan;
  return Phase::unknown;
}

std::vector<std::optional<std::uint32_t>> paragraph_sections(const text::Document& doc) {
  std::vector<std::optional<std::uint32_t>> out(doc.paragraphs.size());
  std::size_t next = 0;  // sections are in document order: advance alongside the paragraphs
  std::optional<std::uint32_t> current;
  for (std::size_t i = 0; i < doc.paragraphs.size(); ++i) {
    std::uint32_t pos = doc.paragraphs[i].range.begin;
    while (next < doc.sections.size() && doc.sections[next].body.begin <= pos)
      current = static_cast<std::uint32_t>(next++);
    // The latest section opened may have ended; its ancestors may still hold the paragraph.
    std::optional<std::uint32_t> s = current;
    while (s && !(doc.sections[*s].body.begin <= pos && pos < doc.sections[*s].body.end))
      s = doc.sections[*s].parent;
    out[i] = s;
  }
  return out;
}

std::vector<Phase> paragraph_phases(const QuantityRules& rules, const text::Document& doc,
                                    std::optional<int> year) {
  // A five-year plan or 规划纲要 plans throughout, but where a heading looks back (十三五时期取得
  // 的成就).
  const Phase whole = is_plan_document(doc) ? Phase::plan : Phase::unknown;
  std::vector<Phase> phases(doc.paragraphs.size(), whole);
  if (!doc.sections.empty()) {
    std::vector<Phase> section_phase(doc.sections.size(), whole);
    Phase top = whole;
    for (std::size_t s = 0; s < doc.sections.size(); ++s) {
      const text::Section& sec = doc.sections[s];
      Phase p = phase_of_heading(rules, sec.title, year);
      // In a plan each chapter without cues plans again: one that reviews (第一章 “十三五”时期取得
      // 的成就) does not carry over to the next.
      if (p == Phase::unknown)
        p = sec.parent ? section_phase[*sec.parent] : whole == Phase::plan ? whole : top;
      if (!sec.parent) top = p;
      section_phase[s] = p;
    }
    std::vector<std::optional<std::uint32_t>> where = paragraph_sections(doc);
    for (std::size_t i = 0; i < doc.paragraphs.size(); ++i)
      if (where[i]) phases[i] = section_phase[*where[i]];
    return phases;
  }
  // No outline: top-level headings are short paragraphs that start with "#" or 一、 (possibly
  // bold).
  Phase current = whole;
  for (std::size_t i = 0; i < doc.paragraphs.size(); ++i) {
    std::string_view p = doc.slice(doc.paragraphs[i].range);
    std::size_t k = 0;
    while (k < p.size() && (p[k] == '#' || p[k] == ' ' || p[k] == '*')) ++k;
    bool marked = k > 0 && p[0] == '#';
    std::size_t m = k;
    while (m < p.size() && is_chinese_numeral(code_point_at(p, static_cast<std::uint32_t>(m))))
      m += 3;
    if (m > k && p.substr(m, 3) == "、") marked = true;
    if (marked && p.size() <= 150 && !contains(p, "。")) {
      Phase h = phase_of_heading(rules, p, year);
      if (h != Phase::unknown) current = h;
    }
    phases[i] = current;
  }
  return phases;
}

std::optional<std::uint32_t> target_announcement(const QuantityRules& rules, std::string_view text,
                                                 text::ByteRange paragraph, std::uint32_t first) {
  std::string_view head = text.substr(paragraph.begin, first - paragraph.begin);
  std::optional<std::uint32_t> found;
  for (std::string_view w : rules.tables().announcements) {
    std::size_t k = head.find(w);
    if (k != std::string_view::npos && (!found || paragraph.begin + k < *found))
      found = static_cast<std::uint32_t>(paragraph.begin + k);
  }
  return found;
}

QuantityKind kind_of(const QuantityContext& c, const QuantityMatch& m, Phase phase,
                     bool target_lead, std::optional<int> doc_year, bool plan_document) {
  const RuleTables& rules = *c.rules;
  std::string_view text = c.text;
  std::uint32_t at = m.range.begin;
  // Mentions: durations (建市70年; but 连续四年 is a result), what refers back (这五年),
  // enumeration counts (等3个优势产业), small counts in Chinese numerals (两个市场、两种资源),
  // ages.
  if (m.unit_class == UnitClass::time && !detail::ends_with_any(text, at, rules.streaks))
    return QuantityKind::mention;
  if (detail::ends_with_any(text, at, rules.demonstratives)) return QuantityKind::mention;
  if (detail::ends_with_any(text, at, rules.enumerations) &&
      m.value.max <= 1 + list_items_before(c, m))
    return QuantityKind::mention;
  if (m.chinese && m.unit_class == UnitClass::count && m.value.max <= 10)
    return QuantityKind::mention;

  int score = 0;
  // The section decides unless the clause itself says otherwise and the sentence agrees: reviews
  // also say 确保 and 要 about what was done, plans also say 比上年.
  if (phase == Phase::review) score -= 4;
  if (phase == Phase::plan) score += 4;
  if (target_lead) score += 4;
  std::string_view clause = text.substr(c.clause.begin, c.clause.end - c.clause.begin);
  // In a plan's own plan sections what is to be reached is a target whatever its verb (累计完成
  // 投资1万亿元); a report's plan sections keep them as cues, since a heading may mislead (“十一五”
  // 规划执行情况和政府主要工作 reviews).
  const bool results = !(plan_document && phase == Phase::plan);
  score += 3 * cue_score(rules, clause, doc_year, results);
  std::string_view sentence = text.substr(c.sentence.begin, c.sentence.end - c.sentence.begin);
  score += cue_score(rules, sentence, doc_year, results);
  return score > 0 ? QuantityKind::target : QuantityKind::achievement;
}

}  // namespace zz::extract
