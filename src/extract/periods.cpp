// period_of(): a year or a five-year span for a figure, from the report's year, the figure's kind,
// its horizon and the five-year cues of its sentence.
#include "periods.hpp"

#include <algorithm>
#include <optional>

#include "classify.hpp"
#include "zzreport/extract/indicators.hpp"
#include "zzreport/text/utf8.hpp"

namespace zz::extract {
namespace {

/// The end year of the last five-year plan named in `text` (“十三五”期间 -> 2020), or nothing.
std::optional<int> named_plan_end(std::string_view text) {
  std::optional<int> end;
  for (std::size_t at = text.find("五"); at != std::string_view::npos;
       at = text.find("五", at + 1)) {
    // The plan's number is one to three Chinese numerals before 五: 九五, 十五, 十一五, 十四五.
    std::size_t first = at;
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
  }
  return end;
}

}  // namespace

std::string span_period(int first, int last) {
  return std::to_string(first) + "-" + std::to_string(last);
}

std::string period_of(const text::Document& doc, const Quantity& q, std::string_view before,
                      std::string_view paragraph_before, const IndicatorTable& table) {
  const std::vector<std::string>& span_cues = table.span_cues();
  if (!doc.year) return {};
  const int year = *doc.year;
  const bool target = q.kind == QuantityKind::target;
  bool span = std::any_of(span_cues.begin(), span_cues.end(), [&](const std::string& cue) {
    return before.find(cue) != std::string_view::npos;
  });
  // 五年来，… opens a paragraph of five-year results: its sentences need not repeat it.
  span =
      span || (!target && std::any_of(table.span_leads().begin(), table.span_leads().end(),
                                      [&](const std::string& cue) {
                                        return paragraph_before.find(cue) != std::string_view::npos;
                                      }));
  if (span) {
    std::optional<int> plan = named_plan_end(before);
    if (plan && (target ? *plan >= year : *plan < year)) return span_period(*plan - 4, *plan);
    return target ? span_period(year, year + 4) : span_period(year - 5, year - 1);
  }
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
