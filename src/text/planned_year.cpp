// planned_year(): the rules of docs/text.md ("Metadata"), checked on the corpus's file names and on
// every report given in November or December.
#include "planned_year.hpp"

#include <array>
#include <string_view>

#include "chinese_numbers.hpp"
#include "front_matter.hpp"
#include "u32_text.hpp"
#include "zzreport/text/char_class.hpp"

namespace zz::text {
namespace {

// A report given this late in the year plans for the next one (December sessions of city
// congresses: 兰州 2011-11-15, 长春 2011-12-26, 武威 2021-12-07).
constexpr int kFirstMonthOfNextYearsReports = 11;

// What names the targets, and what must follow it for the sentence to set them (…主要预期目标是：).
constexpr std::array<std::u32string_view, 5> kTargetWords = {U"主要预期目标", U"预期调控目标",
                                                             U"预期目标", U"主要目标", U"奋斗目标"};
constexpr std::u32string_view kSetters = U"是为：:";
// How far before the targets word the year may stand (2022年全市经济社会发展的主要预期目标是).
constexpr std::size_t kYearReach = 30;
// Words of a heading that looks back, and of one that looks ahead. The first heading without
// either is a review all the same (一、1993年全省经济提前实现第二个翻番 in 山东 1994; 一、2014年的
// 政府工作 in 湖南 2015): reports open with one.
constexpr std::array<std::u32string_view, 8> kReviewWords = {U"回顾", U"总结", U"情况", U"估价",
                                                             U"成绩", U"成就", U"回眸", U"过去"};
constexpr std::array<std::u32string_view, 8> kPlanWords = {U"安排", U"任务", U"目标", U"重点",
                                                           U"建议", U"部署", U"要求", U"打算"};

bool has_any(std::u32string_view s, const auto& words) {
  for (std::u32string_view w : words) {
    if (s.find(w) != std::u32string_view::npos) return true;
  }
  return false;
}

/// The year written at `i` of `s` unless it is a deadline or a base (到2025年, 至2035年, 比2020年).
std::optional<int> plan_year_at(std::u32string_view s, std::size_t i) {
  if (i > 0 && std::u32string_view(U"到至比从于").find(s[i - 1]) != std::u32string_view::npos) {
    return std::nullopt;
  }
  return year_at(s, i);
}

/// The year a targets sentence names before its targets word: YYYY年, or 明年 (the year after the
/// date's). 今年 says nothing the date does not: in a December report it may mean either year
/// (银川 2016-12-28: 今年主要预期目标 are 2017's).
std::optional<int> year_named_before(std::u32string_view s, std::size_t word,
                                     const std::optional<ReportDate>& date) {
  std::size_t from = word > kYearReach ? word - kYearReach : 0;
  for (std::size_t end = word; end-- > from;) {
    if (s[end] != U'年' || end == 0) continue;
    if (s[end - 1] == U'明') {
      if (!date) return std::nullopt;
      return date->year + 1;
    }
    if (end >= 4 && end - 4 >= from) {
      if (std::optional<int> y = plan_year_at(s, end - 4)) return y;
    }
  }
  return std::nullopt;
}

/// The year of the first sentence that sets the targets (…主要预期目标是：).
std::optional<int> targets_year(const Document& doc, const std::optional<ReportDate>& date) {
  for (const Sentence& sentence : doc.sentences) {
    std::string_view text = doc.slice(sentence.range);
    if (text.find("目标") == std::string_view::npos) continue;
    std::u32string s = to_u32(text);
    for (std::u32string_view word : kTargetWords) {
      std::size_t at = s.find(word);
      if (at == std::u32string::npos) continue;
      std::size_t after = at + word.size();
      if (after < s.size() && kSetters.find(s[after]) != std::u32string_view::npos) {
        if (std::optional<int> y = year_named_before(s, at, date)) return y;
      }
      break;
    }
  }
  return std::nullopt;
}

/// The year after the first top-level review heading (一、2023年工作回顾 → 2024), else the year of
/// the first top-level plan heading: one with a plan word (三、2016年工作安排) or after the first
/// heading, which a report gives to the review (湖南 2018: 一、本届政府工作回顾, 二、2018年工作).
std::optional<int> heading_year(const Document& doc) {
  std::optional<int> plan;
  bool first = true;
  for (const Section& section : doc.sections) {
    if (section.parent) continue;
    std::u32string title = to_u32(section.title);
    std::optional<int> y;
    for (std::size_t i = 0; i < title.size() && !y; ++i) y = plan_year_at(title, i);
    bool after_first = !first;
    first = false;
    if (!y) continue;
    if (has_any(title, kReviewWords)) return *y + 1;
    if (!plan && (after_first || has_any(title, kPlanWords))) plan = y;
  }
  return plan;
}

}  // namespace

std::optional<int> planned_year(const Document& doc, const std::optional<ReportDate>& date) {
  std::optional<int> text_year = targets_year(doc, date);
  if (!text_year) text_year = heading_year(doc);
  if (!date) return text_year ? text_year : doc.stated_year;
  if (text_year && (*text_year == date->year || *text_year == date->year + 1)) return text_year;
  // A date that neither the text nor the title agree with is the odd one out (江苏 2003:
  // （2010年2月20日 梁保华） under 江苏省2003年政府工作报告, with
  // 二、今后五年主要任务和2003年预期目标).
  if (text_year && stated_year(doc.title) == text_year) return text_year;
  return date->year + (date->month >= kFirstMonthOfNextYearsReports ? 1 : 0);
}

}  // namespace zz::text
