// Term counts summed over groups of documents (by year, level, region, doc_type): the series
// people plot, with rates over each group's total Han characters (docs/trends.md).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace zz::extract {

/// A document metadata field to group by.
enum class GroupField : std::uint8_t { year, level, region, doc_type };

/// "year", "level", "region", "doc_type".
std::string_view to_string(GroupField field);

/// Parses "year" or "year,level": known field names, comma-separated, each at most once. Throws
/// zz::Error(usage) naming an unknown or repeated field.
std::vector<GroupField> parse_group_fields(std::string_view spec);

/// One document's counts and the metadata it is grouped by.
struct DocumentTerms {
  std::string region;
  std::string level;
  std::optional<int> year;
  std::string doc_type;
  std::uint64_t han_characters = 0;
  std::vector<std::uint32_t> counts;  ///< per term, in the order of the term list
};

/// A group's value of each field of the grouping, in the order of the fields: a year as its digits,
/// an empty string where the document does not say.
using GroupKey = std::vector<std::string>;

/// The sums of one group.
struct GroupTotals {
  std::uint64_t documents = 0;
  std::uint64_t han_characters = 0;
  std::vector<std::uint64_t> counts;  ///< per term
};

/// Sums documents into groups. Sums of whole numbers do not depend on the order of the documents,
/// so the result is the same for any number of worker threads.
class TermGroups {
 public:
  TermGroups(std::vector<GroupField> fields, std::size_t terms);

  void add(const DocumentTerms& doc);

  /// The groups in order: years ascending (documents without a year last), text fields in code
  /// point order (empty last).
  std::vector<std::pair<GroupKey, GroupTotals>> groups() const;

  const std::vector<GroupField>& fields() const { return fields_; }

 private:
  /// Sorts as groups() promises: a year as a number, and "" after everything else.
  struct KeyOrder {
    bool operator()(const GroupKey& a, const GroupKey& b) const;
  };
  std::vector<GroupField> fields_;
  std::size_t terms_;
  std::map<GroupKey, GroupTotals, KeyOrder> groups_;
};

/// count per 10,000 Han characters, or nullopt when there are none.
std::optional<double> per_10k(std::uint64_t count, std::uint64_t han_characters);

}  // namespace zz::extract
