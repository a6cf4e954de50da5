// RegionTable: China's provincial- and prefecture-level divisions by name and alias
// (data/regions.tsv), so that a report's region and administrative level can be read from its text.
#pragma once

#include <cstddef>
#include <functional>  // std::hash, std::equal_to
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>  // std::pair
#include <vector>

#include "zzreport/text/char_class.hpp"

namespace zz::text {

class DataFile;

/// Administrative level of the body that issued a report.
enum class RegionLevel : unsigned char {
  national,    ///< the State Council (全国)
  provincial,  ///< provinces, autonomous regions, the four municipalities
  city,        ///< prefecture-level cities, autonomous prefectures, leagues (盟), 地区
  county,      ///< counties, districts, banners, county-level cities
};

/// "national", "provincial", "city", "county".
std::string_view to_string(RegionLevel level);
/// The level named `name` (as to_string() spells it), or nothing.
std::optional<RegionLevel> parse_region_level(std::string_view name);

struct Region {
  std::string name;  ///< full official name: 河北省, 七台河市, 全国
  RegionLevel level = RegionLevel::city;
  std::string province;  ///< a city-level region's province (full name); empty otherwise
  std::vector<std::string> aliases;  ///< short and former names (河北; 黔东南州, 黔东南; 襄樊市)
};

/// The regions of data/regions.tsv, looked up by full name or alias. Immutable once read; loaded
/// once per process (the command line's Resources) and shared by threads.
class RegionTable {
 public:
  /// The table's file name in a data directory.
  static constexpr const char* kFileName = "regions.tsv";

  RegionTable() = default;

  /// Reads `path` (data/regions.tsv format). Throws zz::Error(data) naming the file and line when
  /// it cannot be read, a line is malformed, or a name or alias appears twice.
  static RegionTable read(const std::string& path);
  /// Parses a file already read.
  static RegionTable parse(const DataFile& file);

  /// The region a full name or alias denotes (河北, 河北省, 黔东南州, 襄樊市), or nullptr.
  const Region* find(std::string_view name) const;

  /// The longest name or alias that `text` (UTF-8) ends with, and its length in bytes; nullptr
  /// and 0 when none does.
  std::pair<const Region*, std::size_t> longest_suffix(std::string_view text) const;
  /// The longest name or alias that `text` starts with, and its length in bytes.
  std::pair<const Region*, std::size_t> longest_prefix(std::string_view text) const;

  const std::vector<Region>& regions() const { return regions_; }
  /// Every name and alias without its division suffix (省, 市, 地区, 盟; 州 after two characters
  /// or more), as a segmenter should hold it: 河北, 周口, 呼伦贝尔, 黔东南, 兴安; a name whose stem
  /// would be one character stays whole (徐州, 达州); an autonomous region's or prefecture's full
  /// name gives its peoples, between the alias it begins with and its suffix, each ending in 族
  /// (延边朝鲜族自治州: 朝鲜族; 湘西土家族苗族自治州: 土家族, 苗族; 新疆维吾尔自治区: 维吾尔), and
  /// its aliases give the place (广西, 延边). Sorted, without repeats.
  std::vector<std::string> word_forms() const;
  bool empty() const { return regions_.empty(); }

 private:
  // Hashes std::string and std::string_view alike, so that lookups by view allocate nothing.
  struct NameHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept {
      return std::hash<std::string_view>{}(s);
    }
  };
  std::vector<Region> regions_;
  std::unordered_map<std::string, std::size_t, NameHash, std::equal_to<>>
      by_name_;                   // names, aliases -> regions_
  std::size_t longest_name_ = 0;  // bytes
  // The first characters of names and aliases: most texts asked about start with a character no
  // name starts with, and find() and longest_prefix() answer those without hashing (a body is
  // scanned at every character; keyword typing asks of every candidate).
  CharFilter first_chars_;
  bool may_start_name(std::string_view text) const;
};

}  // namespace zz::text
