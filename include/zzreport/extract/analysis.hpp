// Analysis: what zz_extract finds in one Document (keywords, quantities, slogans), the model every
// writer in zz_report renders. Plain data: no behaviour, no third-party types.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "zzreport/text/span.hpp"

namespace zz::extract {

struct Keyword {
  std::string term;
  double score = 0;
  std::uint32_t count = 0;
  bool phrase = false;                        ///< a key phrase of several tokens
  std::vector<Span> spans;                    ///< the first few occurrences
  std::vector<std::uint32_t> section_counts;  ///< occurrences per top-level section (outline order)
};

/// A commitment about the future, a reported result, or any other number worth keeping.
enum class QuantityKind : std::uint8_t { target, achievement, mention };

/// How the number relates to what it measures: equal, a bound (more than, at least, less than,
/// at most), about, a range, or a change by it (increase, decrease); see docs/targets.md.
enum class Op : std::uint8_t { eq, gt, ge, lt, le, approx, range, inc, dec };

/// Whether the governing verb changes a level by the number (增长8%以上, 下降15%).
enum class Change : std::uint8_t { none, increase, decrease };

/// The hedge of a target: 力争 (strive), 确保 (ensure), 争取 (seek), or 左右 after the number.
enum class Hedge : std::uint8_t { none, strive, ensure, seek, approx };

/// The names written in JSON and CSV: "target", "achievement", "mention".
std::string_view to_string(QuantityKind kind);
/// "eq", "gt", "ge", "lt", "le", "approx", "range", "inc", "dec".
std::string_view to_string(Op op);
/// "increase", "decrease"; "" for none.
std::string_view to_string(Change change);
/// "力争", "确保", "争取", "左右"; "" for none.
std::string_view to_string(Hedge hedge);

/// One number in the report with what it measures (see docs/targets.md).
struct Quantity {
  QuantityKind kind = QuantityKind::mention;
  std::string indicator;  ///< what is measured, in the text's own words
  /// The canonical indicator (data/indicators.tsv: gdp_growth, cpi, ...), or "" (null in JSON).
  std::string indicator_id;
  /// The period the figure is about: "2019", or "2016-2020" for a five-year figure; "" if unknown.
  std::string period;
  Op op = Op::eq;
  Change change = Change::none;     ///< a change by the number, else none (a level)
  std::string value_text;           ///< the number as written ("2-3", "千亿", "70")
  std::optional<double> value;      ///< in the unit as written; absent for a range
  std::optional<double> min, max;   ///< for ranges
  std::string unit;                 ///< as written: "亿元", "%", "个百分点", "家"
  std::optional<double> magnitude;  ///< value in the base unit (5000亿元 -> 5e11)
  std::string base_unit;            ///< "元", "%", "个百分点", "家", ...
  Hedge hedge = Hedge::none;
  std::string horizon;                   ///< as written: 今年, 五年, 3年内, 到2035年
  std::optional<int> horizon_year;       ///< resolved when the document's year is known
  std::optional<std::uint32_t> section;  ///< index into Document::sections
  Span span;                             ///< the number with its unit
  Span quote_span;                       ///< the shortest clause holding number and indicator
  std::string quote;
};

struct Slogan {
  std::string text;      ///< without quotation marks
  bool numeric = false;  ///< a numbered formulation (三高四新, 四个全面, 3+3+2)
  bool quoted = false;   ///< found inside quotation marks
  std::uint32_t count = 0;
  std::vector<Span> spans;  ///< every occurrence
};

struct Analysis {
  std::vector<Keyword> keywords;
  std::vector<Quantity> quantities;
  std::vector<Slogan> slogans;
};

}  // namespace zz::extract
