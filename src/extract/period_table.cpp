// PeriodTable: parsing data/periods.tsv ("#period_years" and "#period_documents" header lines, then
// "term<TAB>count,count,..." lines, one count per period).
#include "zzreport/extract/period_table.hpp"

#include <algorithm>
#include <utility>

#include "zzreport/text/data_file.hpp"

namespace zz::extract {
namespace {

using text::parse_uint;

/// Calls f(item) for each item of `list` separated by `separator`; stops at the first false.
template <typename F>
bool for_each_item(std::string_view list, char separator, F f) {
  for (std::size_t begin = 0; begin <= list.size();) {
    std::size_t end = std::min(list.find(separator, begin), list.size());
    if (!f(list.substr(begin, end - begin))) return false;
    begin = end + 1;
  }
  return true;
}

}  // namespace

void PeriodTable::load_file(const std::string& path) {
  text::DataFile file = text::DataFile::read(path, "the period table");
  load(std::move(file).release(), path);
}

void PeriodTable::load(std::string text, const std::string& name) {
  content_ = std::move(text);
  periods_.clear();
  keys_.clear();
  counts_.clear();
  std::vector<Period> years;             // from #period_years
  std::vector<std::uint32_t> documents;  // from #period_documents
  auto on_directive = [&](const text::DataDirective& d) {
    bool ok = true;
    if (d.name == "period_years") {
      years.clear();
      ok = for_each_item(d.value, ' ', [&](std::string_view span) {
        std::size_t dash = span.find('-');
        std::uint32_t first = 0;
        std::uint32_t last = 0;
        if (dash == std::string_view::npos || !parse_uint(span.substr(0, dash), first) ||
            !parse_uint(span.substr(dash + 1), last) || first > last || last > 9999 ||
            (!years.empty() && static_cast<int>(first) <= years.back().last_year)) {
          return false;
        }
        years.push_back({static_cast<int>(first), static_cast<int>(last), 0});
        return true;
      });
    } else if (d.name == "period_documents") {
      documents.clear();
      ok = for_each_item(d.value, ' ', [&](std::string_view n) {
        return parse_uint(n, documents.emplace_back()) && documents.back() > 0;
      });
    }
    if (!ok) {
      throw Error(ErrorKind::data, "malformed header line in the period table", name,
                  "line " + std::to_string(d.number));
    }
  };
  // The header is complete at the first row, or at the end of a table without rows.
  bool header_taken = false;
  auto take_header = [&] {
    header_taken = true;
    if (years.empty() || years.size() != documents.size()) return false;
    periods_ = std::move(years);
    for (std::size_t p = 0; p < periods_.size(); ++p) periods_[p].documents = documents[p];
    return true;
  };
  constexpr const char* kNoHeader =
      "the period table needs a #period_years and a #period_documents line of as many periods";
  auto on_line = [&](const text::DataLine& line) {
    if (!header_taken && !take_header()) throw line.error(kNoHeader);
    std::string_view row = line.text();
    std::size_t tab = row.find('\t');
    std::size_t first = counts_.size();
    std::size_t p = 0;
    bool ok = tab != 0 && tab != std::string_view::npos &&
              for_each_item(row.substr(tab + 1), ',',
                            [&](std::string_view n) {
                              std::uint32_t count = 0;
                              if (p == periods_.size() || !parse_uint(n, count) ||
                                  count > periods_[p].documents) {
                                return false;
                              }
                              counts_.push_back(count);
                              ++p;
                              return true;
                            }) &&
              p == periods_.size();
    if (!ok) {
      throw line.error("expected a term, a TAB and " + std::to_string(periods_.size()) +
                       " document counts separated by commas (each at most its period's "
                       "documents) in the period table");
    }
    keys_.emplace(row.substr(0, tab), first);
  };
  std::string_view body = content_;
  if (body.starts_with("\xEF\xBB\xBF")) body.remove_prefix(3);
  text::DataFile::for_each_line_of(body, name, on_line, on_directive);
  if (!header_taken && !take_header()) throw Error(ErrorKind::data, kNoHeader, name);
}

std::optional<std::size_t> PeriodTable::period_of_year(std::span<const Period> periods, int year) {
  for (std::size_t p = 0; p < periods.size(); ++p) {
    if (year >= periods[p].first_year && year <= periods[p].last_year) return p;
  }
  return std::nullopt;
}

std::span<const std::uint32_t> PeriodTable::documents_with(std::string_view key) const {
  auto it = keys_.find(key);
  if (it == keys_.end()) return {};
  return std::span<const std::uint32_t>(counts_).subspan(it->second, periods_.size());
}

std::optional<double> PeriodTable::period_share(std::string_view key) const {
  if (periods_.empty()) return std::nullopt;
  std::span<const std::uint32_t> counts = documents_with(key);
  double sum = 0;
  for (std::size_t p = 0; p < counts.size(); ++p) {
    sum += static_cast<double>(counts[p]) / periods_[p].documents;
  }
  return sum / static_cast<double>(periods_.size());
}

}  // namespace zz::extract
