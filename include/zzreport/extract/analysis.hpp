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

/// What a keyword names: a topic of the report (a term or a slogan), or a place or an organisation,
/// which the views list apart from the topics (docs/keywords.md).
enum class KeywordType : std::uint8_t {
  term,    ///< a term or key phrase: 长株潭一体化, 硬质合金
  slogan,  ///< written in quotation marks in the report, or a numbered formulation: 三高四新
  place,   ///< a region, county, district or town: 株洲, 沭阳, 固阳县
  organisation,  ///< a firm, an office, a university: 包钢集团, 市住建局
};

/// "term", "slogan", "place", "organisation".
std::string_view to_string(KeywordType type);

/// True for the types the views list apart from the topics: places and organisations.
inline bool is_name(KeywordType type) {
  return type == KeywordType::place || type == KeywordType::organisation;
}

struct Keyword {
  std::string term;
  KeywordType type = KeywordType::term;
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

/// What a quoted term is (classify_slogan(), docs/json.md).
enum class SloganType : std::uint8_t {
  numbered,  ///< a formulation built on numerals: 三高四新, 四个全面, 3+3+2, 十百千
  slogan,    ///< a quoted policy phrase: 一网通办, 跨省通办, 揭榜挂帅, 房住不炒
  name,  ///< a product, project, brand, place or organisation: 神24, 德尔塔, “星火”计划
  term,  ///< an ordinary word put in quotes: 聚焦, 创新
};

/// "numbered", "slogan", "name", "term".
std::string_view to_string(SloganType type);

struct Slogan {
  std::string text;  ///< without quotation marks
  SloganType type = SloganType::slogan;
  bool quoted = false;  ///< found inside quotation marks
  std::uint32_t count = 0;
  std::vector<Span> spans;  ///< every occurrence
};

struct Analysis {
  std::vector<Keyword> keywords;
  std::vector<Quantity> quantities;
  std::vector<Slogan> slogans;
};

}  // namespace zz::extract
