// IndicatorTable: the canonical indicators of panels (data/indicators.tsv, the ids of
// ../shared/panel/INDICATORS.md), and assign_indicators(), which gives every target and
// achievement its canonical `indicator_id` and its `period`. The words are data; the rules (which
// measure fits a number, a list subject split over its figures, five-year periods) are code.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "zzreport/extract/analysis.hpp"
#include "zzreport/text/document.hpp"

namespace zz::text {
class DataFile;
}

namespace zz::extract {

/// What kind of figure an indicator is (the `measure` column of data/indicators.tsv).
enum class Measure : std::uint8_t { growth, level, rate, reduction };

/// One canonical indicator.
struct IndicatorDef {
  std::string id;
  Measure measure = Measure::growth;
  std::string unit;                    ///< as in INDICATORS.md: "%", "亿元", "万人"
  std::string base_unit;               ///< the unit without its magnitude: "%", "元", "人"
  double scale = 1;                    ///< the magnitude of `unit` (亿元: 1e8)
  std::vector<std::string> aliases;    ///< words naming it
  std::vector<std::string> not_words;  ///< words in a subject that make it something else
};

/// A subject naming two indicators whose figures a list gives in order (城乡居民人均可支配收入
/// 分别增长8%和9%): the `#split` directive.
struct IndicatorSplit {
  std::vector<std::string> words;  ///< written in this order before 分别: 城乡, or 城镇 … 农村
  std::vector<std::string> ids;  ///< in the list's order
};

/// An unqualified subject that is the whole when its sentence goes on to a part (财政收入…，其中
/// 地方财政收入): the `#whole` directive.
struct WholeRule {
  std::string alias;  ///< the subject starts with it: 财政收入
  std::string then;   ///< written after the figure in its sentence: 其中地方
  std::string id;     ///< the indicator it then names
};

/// Loaded once, immutable afterwards, shared by threads.
class IndicatorTable {
 public:
  /// The file under a data directory: "indicators.tsv".
  static constexpr std::string_view kFile = "indicators.tsv";

  /// Adds the lines of `path` (data/indicators.tsv, or a user's file given with --indicators):
  /// a known id gains the line's aliases and words, a new id is added. Throws zz::Error(data)
  /// naming the file and line of a malformed line.
  void load_file(const std::string& path);
  void load(const text::DataFile& file);

  /// The indicator `id`, or null.
  const IndicatorDef* find(std::string_view id) const;
  const std::vector<IndicatorDef>& indicators() const { return indicators_; }
  bool empty() const { return indicators_.empty(); }

  const std::vector<std::string>& not_words() const { return not_words_; }
  const std::vector<std::string>& growth_words() const { return growth_words_; }
  const std::vector<std::string>& span_cues() const { return span_cues_; }
  const std::vector<std::string>& span_leads() const { return span_leads_; }
  const std::vector<std::string>& this_year() const { return this_year_; }
  /// The words of a panel directive (#base_from, #base_to, #more, #annual, #list_ge, #list_le,
  /// #list_approx, #at_most: ids); empty when the files have none.
  const std::vector<std::string>& words(std::string_view directive) const;
  const std::vector<std::string>& ceiling_words() const { return ceiling_words_; }
  const std::vector<IndicatorSplit>& splits() const { return splits_; }
  const std::vector<WholeRule>& wholes() const { return wholes_; }
  /// A figure in `found_unit` (a base unit: 人, 个) counts in `indicator_unit` (#also_unit).
  bool same_base_unit(std::string_view indicator_unit, std::string_view found_unit) const;

 private:
  std::vector<IndicatorDef> indicators_;
  std::vector<std::string> not_words_;      ///< the `*` line: not any headline indicator
  std::vector<std::string> growth_words_;   ///< #growth_word: a change (增长, 涨幅)
  std::vector<std::string> this_year_;      ///< #this_year: 今年, the year the report is given
  std::vector<std::string> span_leads_;     ///< #span_lead: a paragraph of five-year results
  std::vector<std::string> span_cues_;      ///< #span_cue: a five-year figure (年均, 五年来)
  std::vector<std::string> ceiling_words_;  ///< #ceiling: a target written 控制在 X is a ceiling
  std::vector<IndicatorSplit> splits_;
  std::vector<WholeRule> wholes_;
  std::vector<std::pair<std::string, std::string>> unit_aliases_;  ///< #also_unit
  std::vector<std::pair<std::string, std::vector<std::string>>> panel_words_;
};

/// "growth", "level", "rate", "reduction".
std::string_view to_string(Measure measure);

/// Sets indicator_id and period of every target and achievement of `quantities` (found in `doc`)
/// that names a canonical indicator with a figure that fits its measure.
void assign_indicators(const text::Document& doc, const IndicatorTable& table,
                       std::vector<Quantity>& quantities);

}  // namespace zz::extract
