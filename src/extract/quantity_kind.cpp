// kind_of() and the phase of each paragraph: target, achievement or mention.
#include "quantity_kind.hpp"

#include <array>

#include "clauses.hpp"
#include "word_set.hpp"
#include "zzreport/text/numerals.hpp"

namespace zz::extract {

using text::is_chinese_numeral;
namespace {

bool contains(std::string_view s, std::string_view w) { return s.find(w) != std::string_view::npos; }

/// The first year written in `s` (2025年, 二〇二五年), whatever its value.
std::optional<int> year_in(std::string_view s) { return text::find_year(s, 0, 9999); }

/// True for 要 as a modal verb (要加快), not inside 主要, 重要, 需要, 要求, 要素.
bool modal_at(std::string_view s, std::size_t k, std::string_view w) {
  static constexpr std::array<std::string_view, 9> kBefore = {"主", "重", "需", "必", "只", "首", "纲", "概", "紧"};
  static constexpr std::array<std::string_view, 9> kAfter = {"求", "素", "点", "害", "闻", "件", "务", "领", "义"};
  std::string_view before = s.substr(0, k), after = s.substr(k + w.size());
  if (w == "要") {
    for (std::string_view b : kBefore)
      if (before.size() >= b.size() && before.substr(before.size() - b.size()) == b) return false;
    for (std::string_view a : kAfter)
      if (after.substr(0, a.size()) == a) return false;
  }
  if (w == "将" && after.substr(0, 3) == "近") return false;
  if (w == "了") {
    for (std::string_view b : {"为", "除", "罢"})
      if (before.size() >= 3 && before.substr(before.size() - 3) == b) return false;
    if (after.substr(0, 3) == "解") return false;
  }
  if (w == "今年" && (after.substr(0, 6) == "以来" || after.substr(0, 9) == "上半年")) return false;
  if (w == "上年" && before.size() >= 3 && (before.substr(before.size() - 3) == "比" || before.substr(before.size() - 3) == "较"))
    return false;
  return true;
}

constexpr std::array<std::string_view, 20> kFuture = {
    "力争", "确保", "争取", "预期", "预计", "计划", "目标", "力求", "拟", "将", "要", "今后", "未来",
    "明年", "今年", "努力", "到20", "规划", "届时", "年内"};
// 比上年 and 同比 are absent: plans compare with last year too (比上年增加1000亿元).
constexpr std::array<std::string_view, 14> kPast = {
    "了", "已", "累计", "完成", "去年", "上年", "过去", "以来", "获", "荣获", "先后", "五年来",
    "创历史", "实际"};

/// Future cues then past cues, for one pass over a clause.
const WordSet& cue_words() {
  static const std::vector<std::string_view> words = [] {
    std::vector<std::string_view> all(kFuture.begin(), kFuture.end());
    all.insert(all.end(), kPast.begin(), kPast.end());
    return all;
  }();
  static const WordSet set(words);
  return set;
}

int cue_score(std::string_view s, std::optional<int> doc_year) {
  bool future = false, past = false;
  const WordSet& cues = cue_words();
  cues.for_each(s, [&](std::uint32_t k, std::size_t index) {
    if (modal_at(s, k, cues.word(index))) (index < kFuture.size() ? future : past) = true;
    return !(future && past);
  });
  // A year already past (到2020年 in a 2021 report) dates a result, not a goal.
  if (std::optional<int> y = year_in(s); y && doc_year) {
    past = past || *y < *doc_year;
    future = future || *y > *doc_year;
  }
  return (future ? 1 : 0) - (past ? 1 : 0);
}

/// 轨道交通、航空动力、先进硬质材料等3个: the items listed before the 等 that counts them.
std::uint32_t list_items_before(const QuantityContext& c, const QuantityMatch& m) {
  std::string_view head = c.text.substr(c.clause.begin, m.range.begin - c.clause.begin);
  std::uint32_t items = 1;
  for (std::size_t k = head.find("、"); k != std::string_view::npos; k = head.find("、", k + 3)) ++items;
  return items;
}

}  // namespace

Phase phase_of_heading(std::string_view h, std::optional<int> doc_year) {
  if (std::optional<int> y = year_in(h); y && doc_year) {
    if (*y < *doc_year) return Phase::review;
    if (*y >= *doc_year && !contains(h, "回顾")) return Phase::plan;
  }
  for (std::string_view w : {"回顾", "过去", "总结", "成绩", "成就", "年来", "上年工作", "去年工作"})
    if (contains(h, w)) return Phase::review;
  for (std::string_view w : {"今后", "未来", "目标", "任务", "安排", "要求", "思路", "部署", "展望", "建议",
                             "重点工作", "主要工作", "奋斗", "前进", "取向"})
    if (contains(h, w)) return Phase::plan;
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

std::vector<Phase> paragraph_phases(const text::Document& doc, std::optional<int> year) {
  std::vector<Phase> phases(doc.paragraphs.size(), Phase::unknown);
  if (!doc.sections.empty()) {
    std::vector<Phase> section_phase(doc.sections.size(), Phase::unknown);
    Phase top = Phase::unknown;
    for (std::size_t s = 0; s < doc.sections.size(); ++s) {
      const text::Section& sec = doc.sections[s];
      Phase p = phase_of_heading(sec.title, year);
      if (p == Phase::unknown) p = sec.parent ? section_phase[*sec.parent] : top;
      if (!sec.parent) top = p;
      section_phase[s] = p;
    }
    std::vector<std::optional<std::uint32_t>> where = paragraph_sections(doc);
    for (std::size_t i = 0; i < doc.paragraphs.size(); ++i)
      if (where[i]) phases[i] = section_phase[*where[i]];
    return phases;
  }
  // No outline: top-level headings are short paragraphs that start with "#" or 一、 (possibly bold).
  Phase current = Phase::unknown;
  for (std::size_t i = 0; i < doc.paragraphs.size(); ++i) {
    std::string_view p = doc.slice(doc.paragraphs[i].range);
    std::size_t k = 0;
    while (k < p.size() && (p[k] == '#' || p[k] == ' ' || p[k] == '*')) ++k;
    bool marked = k > 0 && p[0] == '#';
    std::size_t m = k;
    while (m < p.size() && is_chinese_numeral(code_point_at(p, static_cast<std::uint32_t>(m)))) m += 3;
    if (m > k && p.substr(m, 3) == "、") marked = true;
    if (marked && p.size() <= 150 && !contains(p, "。")) {
      Phase h = phase_of_heading(p, year);
      if (h != Phase::unknown) current = h;
    }
    phases[i] = current;
  }
  return phases;
}

std::optional<std::uint32_t> target_announcement(std::string_view text, text::ByteRange paragraph,
                                                 std::uint32_t first) {
  std::string_view head = text.substr(paragraph.begin, first - paragraph.begin);
  std::optional<std::uint32_t> found;
  for (std::string_view w : {"目标是", "预期目标", "主要目标", "目标任务", "奋斗目标", "发展目标", "目标为", "主要指标"}) {
    std::size_t k = head.find(w);
    if (k != std::string_view::npos && (!found || paragraph.begin + k < *found))
      found = static_cast<std::uint32_t>(paragraph.begin + k);
  }
  return found;
}

QuantityKind kind_of(const QuantityContext& c, const QuantityMatch& m, Phase phase, bool target_lead,
                     std::optional<int> doc_year) {
  std::string_view text = c.text;
  // Mentions: durations (建市70年; but 连续四年 is a result), enumeration counts (等3个优势产业),
  // small counts in Chinese numerals (两个市场、两种资源), ages.
  if (m.unit_class == UnitClass::time && !ends_at(text, m.range.begin, "连续")) return QuantityKind::mention;
  if (ends_at(text, m.range.begin, "这") || ends_at(text, m.range.begin, "上述")) return QuantityKind::mention;
  if (ends_at(text, m.range.begin, "等") && m.value.max <= 1 + list_items_before(c, m)) return QuantityKind::mention;
  if (m.chinese && m.unit_class == UnitClass::count && m.value.max <= 10) return QuantityKind::mention;

  int score = 0;
  // The section decides unless the clause itself says otherwise and the sentence agrees: reviews
  // also say 确保 and 要 about what was done, plans also say 比上年.
  if (phase == Phase::review) score -= 4;
  if (phase == Phase::plan) score += 4;
  if (target_lead) score += 4;
  std::string_view clause = text.substr(c.clause.begin, c.clause.end - c.clause.begin);
  score += 3 * cue_score(clause, doc_year);
  std::string_view sentence = text.substr(c.sentence.begin, c.sentence.end - c.sentence.begin);
  score += cue_score(sentence, doc_year);
  return score > 0 ? QuantityKind::target : QuantityKind::achievement;
}

}  // namespace zz::extract
