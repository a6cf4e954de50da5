// TermGroups: per-document term counts summed by metadata fields.
#include "zzreport/extract/term_groups.hpp"

#include <algorithm>
#include <utility>

#include "zzreport/text/error.hpp"

namespace zz::extract {
namespace {

constexpr GroupField kFields[] = {GroupField::year, GroupField::level, GroupField::region,
                                  GroupField::doc_type};

bool all_digits(const std::string& s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

/// a before b: empty values last; numbers (years) by value; text by code point.
bool value_before(const std::string& a, const std::string& b) {
  if (a.empty() || b.empty()) return !a.empty() && b.empty();
  if (all_digits(a) && all_digits(b) && a.size() != b.size()) return a.size() < b.size();
  return a < b;
}

std::string value_of(const DocumentTerms& doc, GroupField field) {
  switch (field) {
    case GroupField::year:
      return doc.year ? std::to_string(*doc.year) : std::string();
    case GroupField::level:
      return doc.level;
    case GroupField::region:
      return doc.region;
    case GroupField::doc_type:
      return doc.doc_type;
  }
  return {};
}

}  // namespace

std::string_view to_string(GroupField field) {
  switch (field) {
    case GroupField::year:
      return "year";
    case GroupField::level:
      return "level";
    case GroupField::region:
      return "region";
    case GroupField::doc_type:
      return "doc_type";
  }
  return "year";
}

std::vector<GroupField> parse_group_fields(std::string_view spec) {
  std::vector<GroupField> fields;
  std::size_t begin = 0;
  while (true) {
    std::size_t comma = spec.find(',', begin);
    std::string_view name =
        spec.substr(begin, comma == std::string_view::npos ? spec.npos : comma - begin);
    auto known = std::find_if(std::begin(kFields), std::end(kFields),
                              [&](GroupField f) { return to_string(f) == name; });
    if (known == std::end(kFields)) {
      throw Error(ErrorKind::usage, "--by: unknown field '" + std::string(name) +
                                        "' (expected year, level, region or doc_type)");
    }
    if (std::find(fields.begin(), fields.end(), *known) != fields.end()) {
      throw Error(ErrorKind::usage, "--by: field '" + std::string(name) + "' given twice");
    }
    fields.push_back(*known);
    if (comma == std::string_view::npos) break;
    begin = comma + 1;
  }
  return fields;
}

bool TermGroups::KeyOrder::operator()(const GroupKey& a, const GroupKey& b) const {
  for (std::size_t i = 0; i < a.size() && i < b.size(); ++i) {
    if (value_before(a[i], b[i])) return true;
    if (value_before(b[i], a[i])) return false;
  }
  return a.size() < b.size();
}

TermGroups::TermGroups(std::vector<GroupField> fields, std::size_t terms)
    : fields_(std::move(fields)), terms_(terms) {}

void TermGroups::add(const DocumentTerms& doc) {
  GroupKey key;
  key.reserve(fields_.size());
  for (GroupField field : fields_) key.push_back(value_of(doc, field));
  GroupTotals& totals = groups_[std::move(key)];
  if (totals.counts.empty()) totals.counts.assign(terms_, 0);
  ++totals.documents;
  totals.han_characters += doc.han_characters;
  for (std::size_t t = 0; t < terms_ && t < doc.counts.size(); ++t)
    totals.counts[t] += doc.counts[t];
}

std::vector<std::pair<GroupKey, GroupTotals>> TermGroups::groups() const {
  return {groups_.begin(), groups_.end()};
}

std::optional<double> per_10k(std::uint64_t count, std::uint64_t han_characters) {
  if (han_characters == 0) return std::nullopt;
  return static_cast<double>(count) * 10000.0 / static_cast<double>(han_characters);
}

}  // namespace zz::extract
