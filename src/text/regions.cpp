// RegionTable: reads data/regions.tsv through DataFile and answers name, prefix and suffix lookups.
#include "zzreport/text/regions.hpp"

#include <algorithm>  // std::min
#include <array>

#include "zzreport/text/data_file.hpp"
#include "zzreport/text/utf8.hpp"

namespace zz::text {
namespace {

constexpr std::array<std::string_view, 4> kLevelNames = {"national", "provincial", "city",
                                                         "county"};

/// The comma-separated aliases of column 4 ("-" for none).
std::vector<std::string_view> split_aliases(std::string_view field) {
  std::vector<std::string_view> out;
  if (field == "-") return out;
  for (std::size_t begin = 0;;) {
    std::size_t comma = field.find(',', begin);
    out.push_back(field.substr(begin, comma - begin));
    if (comma == std::string_view::npos) return out;
    begin = comma + 1;
  }
}

}  // namespace

std::string_view to_string(RegionLevel level) {
  return kLevelNames[static_cast<std::size_t>(level)];
}

std::optional<RegionLevel> parse_region_level(std::string_view name) {
  for (std::size_t i = 0; i < kLevelNames.size(); ++i) {
    if (kLevelNames[i] == name) return static_cast<RegionLevel>(i);
  }
  return std::nullopt;
}

RegionTable RegionTable::read(const std::string& path) {
  return parse(DataFile::read(path, "the region table"));
}

RegionTable RegionTable::parse(const DataFile& file) {
  RegionTable table;
  auto add_name = [&](std::string_view name, const DataLine& line) {
    if (name.empty()) throw line.error("an empty name or alias");
    if (!table.by_name_.emplace(std::string(name), table.regions_.size()).second) {
      throw line.error("'" + std::string(name) + "' names two regions");
    }
    table.longest_name_ = std::max(table.longest_name_, name.size());
    std::size_t i = 0;
    table.first_chars_.add(utf8::next_code_point(name, i));
  };
  file.for_each([&](const DataLine& line) {
    std::vector<std::string_view> f = line.fields(4, 4);
    std::optional<RegionLevel> level = parse_region_level(f[1]);
    if (!level)
      throw line.error("level must be national, provincial, city or county, not '" +
                       std::string(f[1]) + "'");
    Region region{std::string(f[0]), *level, f[2] == "-" ? std::string() : std::string(f[2]), {}};
    if (!region.province.empty()) {
      const Region* province = table.find(region.province);
      if (province == nullptr || province->level != RegionLevel::provincial ||
          province->name != region.province) {
        throw line.error("the province '" + region.province +
                         "' is not a provincial entry above this line");
      }
    }
    add_name(f[0], line);
    for (std::string_view alias : split_aliases(f[3])) {
      add_name(alias, line);
      region.aliases.emplace_back(alias);
    }
    table.regions_.push_back(std::move(region));
  });
  return table;
}

bool RegionTable::may_start_name(std::string_view text) const {
  if (text.empty()) return false;
  std::size_t i = 0;
  return first_chars_.may_contain(utf8::next_code_point(text, i));
}

const Region* RegionTable::find(std::string_view name) const {
  if (name.size() > longest_name_ || !may_start_name(name)) return nullptr;
  auto it = by_name_.find(name);
  return it == by_name_.end() ? nullptr : &regions_[it->second];
}

std::vector<std::string> RegionTable::word_forms() const {
  // An autonomous division's stem holds its peoples (延边朝鲜族 of 延边朝鲜族自治州): its aliases
  // give the place (延边), what lies between the alias and the suffix the peoples.
  static constexpr std::string_view kAutonomous[] = {"自治区", "自治州", "特别行政区"};
  static constexpr std::string_view kSuffixes[] = {"地区", "省", "市", "盟", "州"};
  std::vector<std::string> forms;
  auto add_peoples = [&](const Region& region, std::string_view suffix) {
    std::string_view stem = region.name;
    stem.remove_suffix(suffix.size());
    std::size_t place = 0;  // the longest alias the stem begins with
    for (const std::string& alias : region.aliases) {
      if (alias.size() > place && alias.size() < stem.size() && stem.starts_with(alias)) {
        place = alias.size();
      }
    }
    if (place == 0) return;
    std::string_view peoples = stem.substr(place);
    constexpr std::string_view kPeople = "族";
    while (!peoples.empty()) {
      std::size_t end = peoples.find(kPeople);
      end = end == std::string_view::npos ? peoples.size() : end + kPeople.size();
      if (utf8::count_code_points(peoples.substr(0, end)) >= 2) {
        forms.emplace_back(peoples.substr(0, end));
      }
      peoples.remove_prefix(end);
    }
  };
  auto add = [&](std::string_view name) {
    for (std::string_view suffix : kAutonomous) {
      if (name.ends_with(suffix)) return;
    }
    for (std::string_view suffix : kSuffixes) {
      if (name.size() > suffix.size() && name.ends_with(suffix) &&
          utf8::count_code_points(name.substr(0, name.size() - suffix.size())) >= 2) {
        name.remove_suffix(suffix.size());
        break;
      }
    }
    if (utf8::count_code_points(name) >= 2) forms.emplace_back(name);
  };
  for (const Region& region : regions_) {
    for (std::string_view suffix : kAutonomous) {
      if (std::string_view(region.name).ends_with(suffix)) add_peoples(region, suffix);
    }
    add(region.name);
    for (const std::string& alias : region.aliases) add(alias);
  }
  std::sort(forms.begin(), forms.end());
  forms.erase(std::unique(forms.begin(), forms.end()), forms.end());
  return forms;
}

std::pair<const Region*, std::size_t> RegionTable::longest_suffix(std::string_view text) const {
  // Try every code-point boundary within the longest name's reach, longest first.
  std::size_t begin = text.size() - std::min(text.size(), longest_name_);
  while (begin < text.size() && utf8::is_continuation(static_cast<unsigned char>(text[begin])))
    ++begin;
  while (begin < text.size()) {
    if (const Region* r = find(text.substr(begin))) return {r, text.size() - begin};
    utf8::next_code_point(text, begin);
  }
  return {nullptr, 0};
}

std::pair<const Region*, std::size_t> RegionTable::longest_prefix(std::string_view text) const {
  if (!may_start_name(text)) return {nullptr, 0};
  std::size_t end = std::min(text.size(), longest_name_);
  while (end > 0 && end < text.size() &&
         utf8::is_continuation(static_cast<unsigned char>(text[end])))
    --end;
  for (; end > 0; end = utf8::previous_boundary(text, static_cast<std::uint32_t>(end))) {
    if (const Region* r = find(text.substr(0, end))) return {r, end};
  }
  return {nullptr, 0};
}

}  // namespace zz::text
