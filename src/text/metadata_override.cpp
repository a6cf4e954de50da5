// MetadataOverride: parsing and validating --meta and record fields, and applying them.
#include "zzreport/text/metadata_override.hpp"

#include <charconv>  // std::from_chars

#include "chinese_numbers.hpp"  // kFirstYear, kLastYear
#include "zzreport/text/error.hpp"
#include "zzreport/text/regions.hpp"

namespace zz::text {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

}  // namespace

void MetadataOverride::set(std::string_view key, std::string_view value) {
  value = trim(value);
  auto refuse = [&](std::string_view why) {
    return Error(ErrorKind::usage,
                 std::string(key) + "=" + std::string(value) + ": " + std::string(why));
  };
  if (key == "year") {
    int y = 0;
    auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), y);
    if (ec != std::errc() || end != value.data() + value.size() || y < kFirstYear ||
        y > kLastYear) {
      throw refuse("the year must be a number from " + std::to_string(kFirstYear) + " to " +
                   std::to_string(kLastYear));
    }
    year = y;
  } else if (key == "level") {
    if (!parse_region_level(value))
      throw refuse("the level must be national, provincial, city or county");
    level = std::string(value);
  } else if (key == "region") {
    if (value.empty()) throw refuse("the region must not be empty");
    region = std::string(value);
  } else {
    throw refuse("unknown key '" + std::string(key) + "' (expected region, level or year)");
  }
}

MetadataOverride MetadataOverride::parse(std::string_view spec) {
  MetadataOverride meta;
  for (std::size_t begin = 0; begin <= spec.size();) {
    std::size_t comma = spec.find(',', begin);
    if (comma == std::string_view::npos) comma = spec.size();
    std::string_view item = trim(spec.substr(begin, comma - begin));
    std::size_t eq = item.find('=');
    if (eq == std::string_view::npos) {
      throw Error(ErrorKind::usage,
                  "'" + std::string(item) + "': expected key=value (region, level, year)");
    }
    meta.set(trim(item.substr(0, eq)), item.substr(eq + 1));
    begin = comma + 1;
  }
  return meta;
}

void apply_override(Document& doc, const MetadataOverride& meta, const RegionTable* regions) {
  if (meta.region) {
    const Region* known = regions != nullptr ? regions->find(*meta.region) : nullptr;
    doc.region = known != nullptr ? known->name : *meta.region;
    if (known != nullptr) doc.level = std::string(to_string(known->level));
  }
  if (meta.level) doc.level = *meta.level;
  if (meta.year) doc.year = meta.year;
}

}  // namespace zz::text
