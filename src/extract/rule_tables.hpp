// RuleTables: the vocabularies of data/rules/ as the quantity rules read them, built once by
// QuantityRules::load() (quantity_rules.cpp). Every word is a view into the loaded files' text,
// which the tables own; the tables never move once built (QuantityRules holds them by pointer).
#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "quantity_units.hpp"
#include "word_set.hpp"
#include "words_by_edge.hpp"
#include "zzreport/extract/analysis.hpp"
#include "zzreport/text/data_file.hpp"

namespace zz::extract::detail {

struct HedgeWord {
  std::string_view word;
  Hedge hedge;
};

struct OpWord {
  std::string_view word;
  Op op;
};

struct UnitEntry {
  std::string_view text;
  std::string_view base;
  double scale = 1;
  UnitClass unit_class = UnitClass::count;
};

/// A word counted from a year: relative to the report's (今年 0, 明年 1) or absolute (2050).
struct DatedWord {
  std::string_view word;
  int value = 0;
  bool absolute = false;
};

/// A longer word that hides a rule word `offset` bytes into it (主要 hides 要 at 3).
struct Exception {
  std::string_view word;
  std::uint32_t offset = 0;
};

/// Every vocabulary of data/rules/, in the shapes the rules search them.
struct RuleTables {
  // hedges.tsv
  std::vector<HedgeWord> hedges_before;  ///< 力争 确保 争取
  std::vector<HedgeWord> hedges_after;   ///< 左右

  // comparators.tsv; "before" ones longest first among those that end alike
  std::vector<OpWord> comparators_after;
  std::vector<OpWord> comparators_before;
  std::vector<std::string_view> comparator_words_before;  ///< the words of comparators_before
  WordsByEdge comparators_before_by_last;                 ///< those by their last character
  std::vector<std::string_view> level_nouns;              ///< 规模, 目标, 关口

  // verbs.tsv
  std::vector<OpWord> verbs;                 ///< eq, inc, dec
  std::vector<std::string_view> verb_words;  ///< the words of `verbs`, for verb_set
  WordSet verb_set{verb_words};              ///< built again once verb_words is complete
  std::vector<std::string_view> fillers;

  // units.tsv
  std::vector<UnitEntry> units;
  std::vector<std::string_view> unit_words;  ///< the units as written, for unit_set
  WordSet unit_set{unit_words};

  // horizons.tsv
  std::vector<DatedWord> dated;  ///< relative and absolute deadlines
  std::vector<std::string_view> leads, year_tails, year_not_after, plan_tails;
  std::vector<std::string_view> period_leads, period_tails, period_not_after, period_not_before;
  std::vector<std::string_view> duration_before, duration_after;
  std::vector<char32_t> horizon_starts;  ///< the first characters a horizon may start with
  /// What may stand beside the date of an adverbial lead: the hedges before a number, the leads
  /// and the adverbial words of horizons.tsv.
  std::vector<std::string_view> adverbial_words;

  // cues.tsv
  /// future cues (hedges first), then past ones, then the verbs of a result
  std::vector<std::string_view> cue_words;
  std::size_t future_cues = 0;  ///< how many of cue_words are future cues
  std::size_t past_cues = 0;    ///< where the verbs of a result start in cue_words
  WordSet cue_set{cue_words};
  std::vector<std::vector<Exception>> cue_exceptions;  ///< per cue word
  std::vector<std::string_view> review_headings, plan_headings, announcements, goals;
  std::vector<std::string_view> plan_review_titles;  ///< a whole title that reviews in a plan
  std::vector<std::string_view> streaks, demonstratives, enumerations;

  // indicators.tsv
  std::vector<std::string_view> indicator_leads;  ///< the hedges before a number, then the leads
  std::vector<std::string_view> indicator_tails;  ///< longest first
  WordsByEdge leads_by_first;                     ///< indicator_leads by their first character
  WordsByEdge tails_by_last;                      ///< indicator_tails by their last character
  std::vector<std::string_view> noun_ends, base_links, links;
  /// A subject that joins the parts a 分别 list names in turn (城乡 → 城镇, 农村).
  std::vector<std::pair<std::string_view, std::vector<std::string_view>>> joint_subjects;
  /// After a number, before the noun it counts (60万左右[人口], 90%以上的[村庄]): the hedges and
  /// comparators written after a number.
  std::vector<std::string_view> after_number;
  /// What may follow a magnitude without a unit (迈上500亿、, 突破千亿大关).
  std::vector<std::string_view> magnitude_ends;

  // exceptions.tsv: for each word they concern, the longer words that hide it
  std::vector<std::pair<std::string_view, std::vector<Exception>>> exceptions;

  // The files, whose text every view above points into.
  std::deque<text::DataFile> files;

  /// True when `word`, written at byte `at` of `text`, lies inside a longer word of exceptions.tsv
  /// that starts at or after `floor`.
  bool hidden(std::string_view text, std::size_t at, std::string_view word,
              std::size_t floor = 0) const;
};

/// True when any of `words` starts at byte `at` of `text`; the first that does, in `found`.
bool starts_with_any(std::string_view text, std::size_t at,
                     const std::vector<std::string_view>& words, std::string_view* found = nullptr);

/// True when any of `words` ends at byte `at` of `text`.
bool ends_with_any(std::string_view text, std::size_t at,
                   const std::vector<std::string_view>& words);

}  // namespace zz::extract::detail
