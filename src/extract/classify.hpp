// Classification of a recognised quantity from the words around it: comparator (op), hedge,
// horizon, indicator and quote. Kind (target/achievement) is decided in quantity_kind.hpp.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "quantity_scan.hpp"
#include "zzreport/extract/analysis.hpp"
#include "zzreport/segment/segmenter.hpp"

namespace zz::extract {

namespace detail {
struct RuleTables;
}

/// Where a quantity sits: the paragraph, the sentence, the clause and the list item around it.
struct QuantityContext {
  std::string_view text;  ///< the whole normalised text
  text::ByteRange paragraph;
  text::ByteRange sentence;
  text::ByteRange clause;
  text::ByteRange item;         ///< the 、-delimited list item
  std::uint32_t list_head = 0;  ///< start of the first quantity of the clause: a verb before it
                                ///< is shared by the whole list (新增A 1000家、B 100家)
  const detail::RuleTables* rules = nullptr;  ///< the vocabularies of data/rules/
  /// Where names cut by a window of characters find word boundaries; none: the window alone.
  const segment::Segmenter* segmenter = nullptr;
};

/// The context of `m` inside `paragraph` of `text`; `list_head` is set to m's own start.
QuantityContext context_of(std::string_view text, text::ByteRange paragraph, const QuantityMatch& m,
                           const detail::RuleTables& rules);

/// gt ge lt le eq inc dec approx range, by the precedence of the gold annotation: a bound or
/// approximation marker first (以上, 超过, 迈上…台阶, 左右, 约), then a range, then the verb
/// (增长/新增 -> inc, 下降/减少 -> dec), else eq.
Op op_of(const QuantityContext& c, const QuantityMatch& m);

/// An increase or decrease when the verb governing the number changes a level by it
/// (年均增长8%以上, 下降15%以上, 新增1000家), whatever the op; none when it sets a level
/// (提高到15%) or there is none.
Change change_of(const QuantityContext& c, const QuantityMatch& m);

/// 力争, 确保 or 争取 before the quantity in its clause (or an adverbial lead), else 左右 after
/// it, else none.
Hedge hedge_of(const QuantityContext& c, const QuantityMatch& m);

/// A deadline or period as written and the year it resolves to.
struct Horizon {
  std::string text;         ///< 今年, 五年, 未来五年, 3年内, 2035年, “十四五”末
  std::optional<int> year;  ///< resolved when the document's year is known (or written out)
  text::ByteRange range;    ///< where it is written
};

/// The nearest horizon written before `pos` in `within`, at most 240 bytes (80 characters) before
/// it (empty text when none).
Horizon find_horizon(const detail::RuleTables& rules, std::string_view text, text::ByteRange within,
                     std::uint32_t pos, std::optional<int> doc_year);

/// The first clause of the quantity's sentence when it is only an adverbial of time (到2025年，
/// 力争到2025年，今后五年，) that dates and hedges the clauses after it; else nothing.
std::optional<text::ByteRange> adverbial_lead(const QuantityContext& c);

/// The year a five-year plan ends, from its name (九五 -> 2000, 十四五 -> 2025), or nothing.
std::optional<int> plan_end_year(std::string_view name);

/// The horizon of a quantity: in its clause, else in the adverbial lead of its sentence.
Horizon horizon_of(const QuantityContext& c, const QuantityMatch& m, std::optional<int> doc_year);

/// What the quantity measures, in the text's own words ("科技进步贡献率", "科创板上市公司").
std::string indicator_of(const QuantityContext& c, const QuantityMatch& m);

/// The shortest part of the text that holds the number and its indicator: the list item when
/// the indicator is in it, else the clause.
text::ByteRange quote_of(const QuantityContext& c, const QuantityMatch& m,
                         std::string_view indicator);

}  // namespace zz::extract
