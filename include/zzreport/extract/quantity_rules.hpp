// QuantityRules: the vocabularies the quantity rules read, from data/rules/ (hedges, comparators,
// verbs, units, horizons, cues of a target or a result, the words around an indicator, and the
// longer words that hide a rule word). Code holds the rules, these files the words: a user can
// read, extend and diff them (data/rules/*.tsv say what each column means).
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace zz::extract {

namespace detail {
struct RuleTables;
}

/// Loaded once, immutable afterwards, cheap to copy, shared by threads. Pass it to
/// extract_quantities() or through AnalyzerOptions::quantity_rules.
class QuantityRules {
 public:
  /// The directory of the rule files under a data directory: "rules".
  static constexpr std::string_view kDirectory = "rules";

  /// Reads the rule files of `directory` (data/rules). Throws zz::Error(data) naming the file and
  /// line of a missing file, a malformed line, an unknown name or two entries that collide.
  static QuantityRules load(const std::string& directory);

  /// An empty set of rules; extract_quantities() refuses it.
  QuantityRules() = default;

  bool loaded() const { return tables_ != nullptr; }

  /// The tables the rules of src/extract search.
  const detail::RuleTables& tables() const { return *tables_; }

  /// The words that end the words naming an indicator, longest first: the verbs and fillers, the
  /// comparators and hedges written before a number and the tails of indicators.tsv (达到, 分别,
  /// 超过, 同比). `lexicon build` keeps them off the end of the words it discovers (率达到).
  const std::vector<std::string_view>& indicator_tails() const;

 private:
  explicit QuantityRules(std::shared_ptr<const detail::RuleTables> tables)
      : tables_(std::move(tables)) {}

  std::shared_ptr<const detail::RuleTables> tables_;
};

}  // namespace zz::extract
