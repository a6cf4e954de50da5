// period_of(): a year or a five-year span for a figure, from the report's year, the figure's kind,
// its horizon, the years its clause names and the five-year frame of its section and paragraph.
#include "periods.hpp"

#include <algorithm>
#include <optional>

#include "classify.hpp"
#include "figure_context.hpp"
#include "zzreport/extract/indicators.hpp"
#include "zzreport/text/utf8.hpp"

namespace zz::extract {
namespace {

/// The end years of the five-year plans named in `text` (“十三五”期间 -> 2020), in text order.
std::vector<int> named_plan_ends(std::string_view text) {
  std::vector<int> ends;
  for (std::size_t at = text.find("五"); at != std::string_view::npos;
       at = text.find("五", at + 1)) {
    // The plan's number is one to three Chinese numerals before 五: 九五, 十五, 十一五, 十四五.
    std::size_t first = at;
    std::optional<int> end;
    for (int n = 0; n < 3 && first >= 3; ++n) {
      std::size_t i = first - 3;
      std::size_t j = i;
      char32_t cp = text::utf8::next_code_point(text, j);
      if (cp != U'十' && cp != U'九' && cp != U'一' && cp != U'二' && cp != U'三' && cp != U'四' &&
          cp != U'五' && cp != U'六' && cp != U'七' && cp != U'八')
        break;
      first = i;
      if (std::optional<int> year = plan_end_year(text.substr(first, at + 3 - first))) end = year;
    }
    if (end) ends.push_back(*end);
  }
  return ends;
}

bool holds_any(std::string_view text, const std::vector<std::string>& words) {
  return std::any_of(words.begin(), words.end(),
                     [&](const std::string& w) { return text.find(w) != std::string_view::npos; });
}

bool starts_with_any(std::string_view text, const std::vector<std::string>& words) {
  return std::any_of(words.begin(), words.end(),
                     [&](const std::string& w) { return text.starts_with(w); });
}

/// The byte after the last of `words` that opens a sentence of `text`, or 0.
/// (2005年与2000年相比 opens with a comparison, not with a year: `base_words`, #base_year.)
std::size_t sentence_lead(std::string_view text, const std::vector<std::string>& words,
                          const std::vector<std::string>& base_words) {
  std::size_t best = 0;
  for (std::size_t start = 0; start < text.size();) {
    std::string_view rest = text.substr(start);
    // 刚刚过去的一年，… opens like 过去的一年，…
    if (rest.starts_with("刚刚")) rest.remove_prefix(std::string_view("刚刚").size());
    for (const std::string& w : words) {
      if (rest.starts_with(w) && !starts_with_any(rest.substr(w.size()), base_words))
        best = std::max(best, static_cast<std::size_t>(rest.data() - text.data()) + w.size());
    }
    std::size_t stop = rest.find("。");
    if (stop == std::string_view::npos) break;
    start += stop + std::string_view("。").size();
  }
  return best;
}

/// A four-digit year followed by 年 that ends at byte `end` of `text`, or nothing.
std::optional<int> year_ending_at(std::string_view text, std::size_t end) {
  if (end < 4) return std::nullopt;
  int year = 0;
  for (std::size_t i = end - 4; i < end; ++i) {
    if (text[i] < '0' || text[i] > '9') return std::nullopt;
    year = year * 10 + (text[i] - '0');
  }
  if (end > 4 && text[end - 5] >= '0' && text[end - 5] <= '9') return std::nullopt;
  return year;
}

/// The years written YYYY年 in `text`, each with whether a #base_year word stands before it
/// (比2002年, 与2000年相比: the start of a change, not the year a figure is about).
struct NamedYear {
  int year = 0;
  bool base = false;
};

std::vector<NamedYear> named_years(std::string_view text, const IndicatorTable& table) {
  std::vector<NamedYear> years;
  for (std::size_t at = text.find("年"); at != std::string_view::npos;
       at = text.find("年", at + 1)) {
    std::optional<int> year = year_ending_at(text, at);
    if (!year || *year < 1900 || *year > 2100) continue;
    std::string_view lead = text.substr(0, at - 4);
    bool base = std::any_of(table.words("base_year").begin(), table.words("base_year").end(),
                            [&](const std::string& w) { return lead.ends_with(w); });
    years.push_back({*year, base});
  }
  return years;
}

/// What the nearest section title above `q` frames: the plans it names that end before the
/// report's year (a review) or not (a plan), and whether it opens with a five-year review or a
/// five-year plan without naming one (过去五年, 今后五年).
struct Frame {
  std::optional<int> past;   ///< end year of the span reviewed
  std::optional<int> ahead;  ///< end year of the span planned
};

Frame section_frame(const text::Document& doc, const Quantity& q, const IndicatorTable& table,
                    int year) {
  Frame frame;
  for (std::optional<std::uint32_t> s = q.section; s && *s < doc.sections.size();
       s = doc.sections[*s].parent) {
    std::string_view title = doc.sections[*s].title;
    // “十三五”时期和2020年工作回顾: a title that names a year is about that year.
    if (!named_years(title, table).empty()) break;
    // The plan that has just ended, or the one starting (in a report given a year early, next).
    for (int end : named_plan_ends(title)) {
      if (end == year - 1) frame.past = end;
      if (end - 4 == year || end - 4 == year + 1) frame.ahead = end;
    }
    if (!frame.past && holds_any(title, table.span_leads())) frame.past = year - 1;
    if (!frame.ahead && holds_any(title, table.words("span_ahead"))) frame.ahead = year + 4;
    if (frame.past || frame.ahead) break;
  }
  return frame;
}

}  // namespace

std::string span_period(int first, int last) {
  return std::to_string(first) + "-" + std::to_string(last);
}

std::string period_of(const text::Document& doc, const Quantity& q, std::string_view before,
                      std::string_view paragraph_before, const IndicatorTable& table) {
  if (!doc.year) return {};
  const int year = *doc.year;
  // A figure dated in the report's year or later (到2020年) is planned, whatever its section says.
  // (A date: 到2020年, “十四五”末, 今年; 五年, 今后五年 are durations.)
  const bool dated_ahead = q.horizon_year && *q.horizon_year >= year &&
                           (q.horizon.find_first_of("0123456789“") != std::string::npos ||
                            holds_any(q.horizon, table.this_year()));
  bool target = q.kind == QuantityKind::target;
  const IndicatorDef* def = table.find(q.indicator_id);
  // A stock (GDP) has a level at a date, not over a span: its five-year figure is about the span's
  // last year (经济总量从A增加到B, 到2020年达到X亿元). A flow (new jobs) sums over the span.
  const std::vector<std::string>& stocks = table.words("stock");
  const bool stock = def && def->measure == Measure::level &&
                     std::find(stocks.begin(), stocks.end(), q.indicator_id) != stocks.end();
  auto span_to = [&](int first, int last) {
    return stock ? std::to_string(last) : span_period(first, last);
  };

  // 比2002年增长65.5%, 与2000年相比…增长57.3%: a change since a base year some years back is
  // about the years after it, up to last year (a result) or five years on (a target).
  std::string_view near = clauses_before(before, before.size(), 2);
  std::vector<NamedYear> years = named_years(near, table);
  for (auto it = years.rbegin(); it != years.rend(); ++it) {
    if (!it->base || q.change == Change::none) continue;
    int last = target ? it->year + 5 : year - 1;
    if (last - it->year >= 3 && (target ? last >= year : last < year))
      return span_period(it->year + 1, last);
  }

  // The paragraph or section the figure stands in may frame it as a five-year review (五年来，…;
  // “十二五”发展主要成就) or plan (“十三五”时期总体目标任务): the upstream kind of a figure in a
  // review framed so is corrected to a result, unless a horizon dates it ahead.
  // 去年居民消费价格总水平比上年上涨4.8%: a result its clauses say is last year's, is.
  const std::vector<std::string>& year_leads = table.words("year_lead");
  const std::vector<std::string>& base = table.words("base_year");
  if (!target && holds_any(near, year_leads) && !holds_any(near, table.span_cues()))
    return std::to_string(year - 1);
  // A lead opens a sentence of the paragraph before the figure (五年来，我国经济实力显著增强。…;
  // 过去的一年，…), not 为五年来最多 inside one; the last lead decides.
  std::size_t past_lead = sentence_lead(paragraph_before, table.span_leads(), base);
  std::size_t ahead_lead = sentence_lead(paragraph_before, table.words("span_ahead"), base);
  std::size_t year_lead = std::max(
      sentence_lead(paragraph_before, year_leads, base),
      sentence_lead(paragraph_before,
                    {std::to_string(year - 1) + "年", "过去的" + std::to_string(year - 1) + "年"},
                    base));
  if (year_lead > past_lead && year_lead > ahead_lead) past_lead = 0;
  // A target after the lead is still one when the text since then turns to this year (今年).
  std::string_view since_lead =
      paragraph_before.substr(std::min(past_lead, paragraph_before.size()));
  bool turns_to_now =
      holds_any(since_lead, table.this_year()) || holds_any(before, table.this_year()) ||
      std::any_of(years.begin(), years.end(), [&](const NamedYear& y) { return y.year >= year; });
  for (const NamedYear& y : named_years(since_lead, table)) turns_to_now |= y.year >= year;
  Frame section = section_frame(doc, q, table, year);
  std::optional<int> past_end;
  if (past_lead > ahead_lead && !dated_ahead && (!target || !turns_to_now)) {
    past_end = year - 1;
  } else if (year_lead > 0 && !target) {
    // 过去的一年，… opens a review of last year, whatever its section says.
  } else if (section.past && !section.ahead && target && !dated_ahead) {
    // A review section states last year's results too (十二届人大三次会议确定任务和“十二五”规划
    // 完成情况): what the upstream kind took for a plan there is a result, of last year unless
    // its paragraph or sentence says five years.
    target = false;
  }
  // A result in its clause dated a year of the review (2012年达5.4万亿元) is about that year.
  if ((!target || past_end) && !holds_any(near, table.span_cues())) {
    for (auto it = years.rbegin(); it != years.rend(); ++it) {
      if (!it->base && it->year < year && it->year >= year - 5 && !dated_ahead)
        return std::to_string(it->year);
    }
  }
  if (past_end) {
    std::vector<int> named = named_plan_ends(before);
    if (!named.empty() && named.back() < year) past_end = named.back();
    return span_to(*past_end - 4, *past_end);
  }

  bool span = holds_any(before, table.span_cues());
  if (span) {
    std::vector<int> named = named_plan_ends(before);
    std::optional<int> plan;
    if (!named.empty()) plan = named.back();
    if (plan && (target ? *plan >= year : *plan < year)) return span_to(*plan - 4, *plan);
    return target ? span_to(year, year + 4) : span_to(year - 5, year - 1);
  }
  // A target in a section of a five-year plan is about the plan's span (a level: its end year),
  // unless its sentence turns to this year (今年的主要发展目标是：…, 2011年…).
  std::vector<NamedYear> in_sentence = named_years(before, table);
  if (target && section.ahead && !dated_ahead && !holds_any(before, table.this_year()) &&
      std::none_of(in_sentence.begin(), in_sentence.end(),
                   [&](const NamedYear& y) { return y.year == year; }))
    return span_to(*section.ahead - 4, *section.ahead);
  // A result in a clause that says 今年, in a report given in the year it plans for, is about that
  // year: an expectation (今年的经济增长预期为7%左右), whatever the review section around it.
  if (!target && doc.stated_year && *doc.stated_year == year) {
    std::size_t clause = before.rfind("，");
    std::string_view last = clause == std::string_view::npos ? before : before.substr(clause);
    for (const std::string& w : table.this_year()) {
      if (last.find(w) != std::string_view::npos) return std::to_string(year);
    }
  }
  // A level dated at a later year (到2020年达到X亿元) is about that year.
  if (target && q.horizon_year && *q.horizon_year > year) return std::to_string(*q.horizon_year);
  return std::to_string(target ? year : year - 1);
}

}  // namespace zz::extract
