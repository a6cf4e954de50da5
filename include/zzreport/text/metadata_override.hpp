// MetadataOverride: region, level and year given by an archive's own metadata (--meta, the fields
// of a JSON Lines record), which replace what the text says.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "zzreport/text/document.hpp"

namespace zz::text {

class RegionTable;

struct MetadataOverride {
  std::optional<std::string> region;
  std::optional<std::string> level;  ///< national, provincial, city or county
  std::optional<int> year;           ///< 1949-2100

  bool empty() const { return !region && !level && !year; }

  /// Sets the field `key` (region, level or year) from its text. Throws zz::Error(usage) with a
  /// one-line reason naming the key and the value when the key is unknown or the value invalid
  /// (a year that is not a number from 1949 to 2100, a level not among the four, an empty region).
  void set(std::string_view key, std::string_view value);

  /// Parses "key=value,key=value" (--meta region=河北省,year=2019). Throws zz::Error(usage) as
  /// set() does, or for an item without '='.
  static MetadataOverride parse(std::string_view spec);
};

/// Replaces doc's region, level and year by those `meta` gives. A region the table knows is
/// written by its full name (河北 → 河北省), and gives the level unless `meta` gives one too.
void apply_override(Document& doc, const MetadataOverride& meta, const RegionTable* regions);

}  // namespace zz::text
