// indicator_of() and quote_of(): what a quantity measures and the shortest quote that shows it.
#include <algorithm>
#include <array>

#include "classify.hpp"
#include "clauses.hpp"
#include "zzreport/text/char_class.hpp"

namespace zz::extract {

using text::is_han;
namespace {

// A counted noun phrase (3家科创板上市公司) ends before these.
constexpr std::array<std::string_view, 23> kNounEnds = {
    "和", "及", "与", "均", "都", "已", "等", "实现", "取得", "获", "达到", "超", "进入", "入选",
    "的", "在", "成为", "被", "将", "全部", "分别", "以上", "是"};

// 规模以上 and 限额以上 name the statistical scope of what is counted (5741家规模以上工业企业,
// 限额以上批发零售企业): there 以上 is no comparator that ends the noun.
constexpr std::array<std::string_view, 2> kScopes = {"规模", "限额"};

// Stripped from the front of the words before a number: hedges, periods, connectives, verbs.
constexpr std::array<std::string_view, 29> kLeads = {
    "力争", "确保", "争取", "努力", "其中", "并", "和", "及", "使", "让", "推动", "实现", "全年",
    "新增", "累计", "共", "五年", "今年", "全年", "此外", "同时", "预计", "目标", "支持", "带动",
    "完成", "达到", "已经", "已"};

// Stripped from the end: comparators, verbs and fillers between the indicator and its number.
constexpr std::array<std::string_view, 57> kTails = {
    "提高到", "提升到", "增加到", "增长到", "下降到", "降低到", "减少到", "发展到", "提高至", "增至", "降至",
    "达到", "控制在", "保持在", "稳定在", "不低于", "不少于", "不超过", "超过", "突破", "迈上",
    "跃上", "站上", "增长", "新增", "增加", "提高", "提升", "下降", "减少", "降低", "上涨", "年均",
    "平均", "分别", "比上年", "同比", "了", "为", "达", "约", "超", "逾", "到", "至", "的", "连续", "从", "由", "每月", "每年", "每人",
    "完成", "实现", "力争", "确保", "争取"};

// Before a base year, what compares with it (能耗比2005年, 比重由1997年的, 是2015年的, 是上个五年的).
constexpr std::array<std::string_view, 11> kBaseYearLinks = {"上一个", "上个", "上", "前", "比", "较", "是", "由", "从", "自", "高出"};

/// Spaces, and the asterisks of Markdown bold that some reports keep.
bool is_space(char32_t c) { return c == U' ' || c == U'\t' || c == U'　' || c == U'*'; }

/// [b, e) with spaces and the given lead/tail words removed, repeatedly.
text::ByteRange trim(std::string_view text, text::ByteRange r) {
  bool moved = true;
  while (moved && r.begin < r.end) {
    moved = false;
    std::uint32_t len = 0;
    if (is_space(code_point_at(text, r.begin, &len))) {
      r.begin += len;
      moved = true;
    }
    std::uint32_t start = 0;
    if (r.end > r.begin && is_space(code_point_before(text, r.end, &start))) {
      r.end = start;
      moved = true;
    }
    for (std::string_view w : kLeads) {
      if (r.end - r.begin > w.size() && starts_at(text, r.begin, w)) {
        r.begin += static_cast<std::uint32_t>(w.size());
        moved = true;
      }
    }
    for (std::string_view w : kTails) {
      if (r.end - r.begin >= w.size() && ends_at(text, r.end, w)) {
        r.end -= static_cast<std::uint32_t>(w.size());
        moved = true;
      }
    }
  }
  return r;
}

/// True when [b, e) is one of kLeads and nothing else: a bare verb (完成, 新增) that trim() keeps
/// because nothing would be left.
bool bare_lead(std::string_view text, text::ByteRange r) {
  std::string_view words = text.substr(r.begin, r.end - r.begin);
  return std::find(kLeads.begin(), kLeads.end(), words) != kLeads.end();
}

/// The subject in `r`, the words before a base year: up to the first year or digit (the earlier
/// year of 占比由2015年的83.2%提高到2021年的), without the words that link it to the year (比, 由, 是上个).
text::ByteRange subject_before_base_year(std::string_view text, text::ByteRange r) {
  for (Horizon h = find_horizon(text, r, r.end, std::nullopt); !h.text.empty() && h.range.begin < r.end;
       h = find_horizon(text, r, r.end, std::nullopt)) {
    r.end = std::max(r.begin, h.range.begin);  // 由一九七八年的百分之三十七点二下降到: a year before it
  }
  for (std::uint32_t i = r.begin; i < r.end; ++i) {
    if (text[i] >= '0' && text[i] <= '9') {
      r.end = i;
      break;
    }
  }
  for (std::string_view link : kBaseYearLinks) {
    if (r.end - r.begin >= link.size() && ends_at(text, r.end, link)) r.end -= static_cast<std::uint32_t>(link.size());
  }
  return r;
}

/// Han characters (and quotation marks inside) in [b, e).
std::uint32_t han_chars(std::string_view text, text::ByteRange r) {
  std::uint32_t n = 0;
  for (std::uint32_t i = r.begin; i < r.end;) {
    std::uint32_t len = 0;
    if (is_han(code_point_at(text, i, &len))) ++n;
    i += len;
  }
  return n;
}

/// The noun phrase right after a count: 3家[科创板上市公司]和…, 83项[“卡脖子”技术].
text::ByteRange counted_noun(const QuantityContext& c, const QuantityMatch& m) {
  std::uint32_t i = m.range.end;
  // 60万左右[建档立卡低收入人口], 90%以上的[村庄], 20%的[新农村示范村]: the hedge and 的 after the
  // number are not the noun.
  for (std::string_view hedge : {"左右", "以上", "以下"}) {
    if (starts_at(c.text, i, hedge)) {
      i += static_cast<std::uint32_t>(hedge.size());
      break;
    }
  }
  if (starts_at(c.text, i, "的")) i += static_cast<std::uint32_t>(std::string_view("的").size());
  std::uint32_t begin = i;
  // 百分之三点三 read as 百分之三: the rest of a number is no noun.
  if (starts_at(c.text, i, "点")) return {begin, begin};
  std::uint32_t end = c.item.end;
  int depth = 0;
  int chars = 0;
  while (i < end && chars < 16) {
    std::uint32_t len = 0;
    char32_t cp = code_point_at(c.text, i, &len);
    if (cp == U'“') ++depth;
    if (cp == U'”' && depth > 0) --depth;
    if (depth == 0 && cp != U'”') {
      bool stop = !is_han(cp);
      for (std::string_view w : kNounEnds) stop = stop || starts_at(c.text, i, w);
      if (stop && starts_at(c.text, i, "以上")) {
        for (std::string_view scope : kScopes) stop = stop && !(i - m.range.end >= scope.size() && ends_at(c.text, i, scope));
      }
      if (stop) break;
    }
    i += len;
    ++chars;
  }
  // 公交站点覆盖率从78%提高到90%, 企业发展到15户: the word before a second number is not the noun's.
  auto strip = [&](std::string_view w) {
    if (i - begin > w.size() && ends_at(c.text, i, w)) i -= static_cast<std::uint32_t>(w.size());
  };
  for (std::string_view w : kTails) {
    if (w.ends_with("到") || w.ends_with("至")) strip(w);
  }
  for (std::string_view link : {"从", "由", "比", "较"}) strip(link);
  return {begin, i};
}

}  // namespace

std::string indicator_of(const QuantityContext& c, const QuantityMatch& m) {
  std::string_view text = c.text;
  // The noun after the number: first for a count (3家[科创板上市公司]), else a fallback below.
  text::ByteRange noun = counted_noun(c, m);
  bool has_noun = han_chars(text, noun) >= 2;
  if (m.unit_class == UnitClass::count && has_noun) return std::string(text.substr(noun.begin, noun.end - noun.begin));
  // The words before the number in its list item, else before the list it belongs to (迈上500亿、
  // 100亿元台阶), else the clause before (…上市，力争达到25家以上).
  text::ByteRange head_item =
      clause_around(text, c.clause, c.list_head, c.list_head, ClauseLevel::list_item);
  text::ByteRange previous{c.sentence.begin, c.clause.begin};
  if (c.clause.begin > c.sentence.begin) {
    std::uint32_t start = 0;
    code_point_before(text, c.clause.begin, &start);
    previous = clause_around(text, c.sentence, start, start, ClauseLevel::clause);
    // 国内生产总值超过126万亿元，增长5.2%: the subject ends where the earlier number starts.
    for (std::uint32_t i = previous.begin; i < previous.end; ++i) {
      if (text[i] >= '0' && text[i] <= '9') {
        previous.end = i;
        break;
      }
    }
  }
  // The indicator in `part`, or "" when it holds none (nothing, or only a verb or a connective).
  auto words_in = [&](text::ByteRange part) -> std::string {
    // A year among the words: the indicator follows it (到2025年，全市地区生产总值…) unless nothing
    // does; then it is the subject before the base year (一般公共预算收入从2015年113.92亿元…).
    if (Horizon h = find_horizon(text, part, part.end, std::nullopt); !h.text.empty()) {
      text::ByteRange after{std::max(part.begin, h.range.end), part.end};
      text::ByteRange before{part.begin, std::max(part.begin, h.range.begin)};
      bool base_year = std::any_of(kBaseYearLinks.begin(), kBaseYearLinks.end(),
                                   [&](std::string_view link) { return ends_at(text, before.end, link); });
      part = han_chars(text, trim(text, after)) < 2 && base_year ? subject_before_base_year(text, before) : after;
    }
    text::ByteRange r = trim(text, part);
    if (han_chars(text, r) < 2 || bare_lead(text, r)) return {};  // 其中2008年新增…, 完成155公里…
    // Keep the last words only: 全市经济总量 of 全市上下…全市经济总量.
    std::uint32_t b = r.begin;
    std::uint32_t chars = han_chars(text, r);
    while (chars > 14 && b < r.end) {
      std::uint32_t len = 0;
      if (is_han(code_point_at(text, b, &len))) --chars;
      b += len;
    }
    return std::string(text.substr(b, r.end - b));
  };
  for (text::ByteRange part : {text::ByteRange{c.item.begin, m.range.begin},
                               text::ByteRange{head_item.begin, std::min(c.list_head, m.range.begin)}}) {
    if (std::string w = words_in(part); !w.empty()) return w;
  }
  // Nothing before the number in its list names it, at most a verb (完成155公里河道整治、3048公里
  // 中小河道疏浚): what it measures follows it. Only then the clause before.
  if (has_noun) return std::string(text.substr(noun.begin, noun.end - noun.begin));
  return words_in(previous);
}

text::ByteRange quote_of(const QuantityContext& c, const QuantityMatch& m, std::string_view indicator) {
  text::ByteRange item = c.item;
  std::string_view item_text = c.text.substr(item.begin, item.end - item.begin);
  bool in_item = !indicator.empty() && item_text.find(indicator) != std::string_view::npos;
  text::ByteRange r = in_item ? item : c.clause;
  if (r.begin > m.range.begin || r.end < m.range.end) r = c.clause;
  // No leading or trailing spaces in a quote.
  std::uint32_t len = 0;
  while (r.begin < m.range.begin && is_space(code_point_at(c.text, r.begin, &len))) r.begin += len;
  std::uint32_t start = 0;
  while (r.end > m.range.end && is_space(code_point_before(c.text, r.end, &start))) r.end = start;
  return r;
}

}  // namespace zz::extract
