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

namespace {

/// The words of a heading after its last 和/与/及/暨 (…回顾和1994年工作的基本方针 → 1994年工作的
/// 基本方针), or nothing.
std::string_view heading_tail(std::string_view h) {
  std::size_t best = std::string_view::npos;
  for (std::string_view c : {"和", "与", "及", "暨"}) {
    std::size_t k = h.rfind(c);
    if (k != std::string_view::npos && (best == std::string_view::npos || k > best)) best = k;
  }
  return best == std::string_view::npos ? std::string_view{} : h.substr(best + 3);
}

/// A heading that looks back and then forward (1993年国内工作的回顾和1994年工作的基本方针, “十三五”
/// 时期发展成就和“十四五”时期主要目标任务): the time its forward part names, by which a paragraph
/// of the section opens that part.
struct ForwardPart {
  std::optional<int> year;  // 1994年
  std::string_view plan;    // 十四五, from “十四五”
  bool ahead = false;       // 今后, 未来
};

/// The forward part of heading `h`, whose phase_of_heading() is `phase`.
std::optional<ForwardPart> forward_part(const QuantityRules& rules, std::string_view h, Phase phase,
                                        std::optional<int> doc_year) {
  std::string_view tail = heading_tail(h);
  if (phase != Phase::review || tail.empty() ||
      phase_of_heading(rules, tail, doc_year) != Phase::plan)
    return std::nullopt;
  ForwardPart f;
  f.year = year_in(tail);
  std::size_t open = tail.find("“"), close = tail.find("”");
  if (open != std::string_view::npos && close != std::string_view::npos && open < close)
    f.plan = tail.substr(open + 3, close - open - 3);
  f.ahead = contains(tail, "今后") || contains(tail, "未来");
  // Without a time (“十一五”规划执行情况和政府主要工作) the heading is a review of both.
  if (!f.year && f.plan.empty() && !f.ahead) return std::nullopt;
  return f;
}

/// Whether the first sentence of `paragraph` names the time of `f`: 1994年, 今年 for the report's
/// own year, 十四五, 今后 (各位代表！1999年，我们将…; “十五五”时期是…).
bool opens_forward_part(std::string_view paragraph, const ForwardPart& f,
                        std::optional<int> doc_year) {
  std::string_view s = paragraph.substr(0, paragraph.find("。"));
  if (f.year &&
      (text::find_year(s, *f.year, *f.year) || (f.year == doc_year && contains(s, "今年"))))
    return true;
  if (!f.plan.empty() && contains(s, f.plan)) return true;
  return f.ahead && (contains(s, "今后") || contains(s, "未来"));
}

}  // namespace

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
    // The section whose heading gave each section its phase, and the forward part of the headings
    // that look back and then forward.
    std::vector<std::uint32_t> origin(doc.sections.size());
    std::vector<std::optional<ForwardPart>> forward(doc.sections.size());
    Phase top = whole;
    const std::vector<std::string_view>& plan_review = rules.tables().plan_review_titles;
    for (std::size_t s = 0; s < doc.sections.size(); ++s) {
      const text::Section& sec = doc.sections[s];
      Phase p = phase_of_heading(rules, sec.title, year);
      // 第一节　发展基础 of a plan looks back, though no cue says so.
      if (whole == Phase::plan &&
          std::find(plan_review.begin(), plan_review.end(), sec.title) != plan_review.end())
        p = Phase::review;
      origin[s] =
          sec.parent && p == Phase::unknown ? origin[*sec.parent] : static_cast<std::uint32_t>(s);
      forward[s] = forward_part(rules, sec.title, p, year);
      // In a plan each chapter without cues plans again: one that reviews (第一章 “十三五”时期取得
      // 的成就) does not carry over to the next.
      if (p == Phase::unknown)
        p = sec.parent ? section_phase[*sec.parent] : whole == Phase::plan ? whole : top;
      // A chapter that looks back and then forward hands on its forward phase.
      if (!sec.parent) top = forward[s] ? Phase::plan : p;
      section_phase[s] = p;
    }
    // A section that looks back and then forward reviews until a paragraph opens its forward part.
    std::vector<bool> forward_begun(doc.sections.size(), false);
    std::vector<std::optional<std::uint32_t>> where = paragraph_sections(doc);
    for (std::size_t i = 0; i < doc.paragraphs.size(); ++i) {
      if (!where[i]) continue;
      phases[i] = section_phase[*where[i]];
      std::uint32_t o = origin[*where[i]];
      if (!forward[o]) continue;
      if (!forward_begun[o] && doc.paragraphs[i].range.begin > doc.sections[o].body.begin &&
          opens_forward_part(doc.slice(doc.paragraphs[i].range), *forward[o], year))
        forward_begun[o] = true;
      if (forward_begun[o]) phases[i] = Phase::plan;
    }
    return phases;
  }
  // No outline: top-level headings are short paragraphs that start with "#" or 一、 (possibly
  // bold).
  Phase current = whole;
  std::optional<ForwardPart> forward;
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
      if (h == Phase::unknown && forward) h = Phase::plan;  // the forward part carries on
      forward.reset();
      if (h != Phase::unknown) {
        current = h;
        forward = forward_part(rules, p, h, year);
      }
    } else if (forward && opens_forward_part(p, *forward, year)) {
      current = Phase::plan;
      forward.reset();
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
