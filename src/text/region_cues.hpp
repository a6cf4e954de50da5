// Region cues: the issuing body's region and level as one line of a report names them (the name
// before 第…届人民代表大会, 人民政府, 政府工作报告 or an official's title), and, for a report whose
// lines name none, as its body does (全省 and the province it names most).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "zzreport/text/regions.hpp"

namespace zz::text {

/// What a cue tells of the issuing body: its region by full name, or only its level (a short form
/// such as 省人民政府 or 市长 names no region).
struct RegionCue {
  std::string region;  ///< full name; empty for a short form
  RegionLevel level = RegionLevel::city;
  std::string
      word;  ///< a short form's level word (省, 自治区, 市, 自治州, 区), for region_in_body()
};

/// The first region a front-matter line names before an anchor (人民代表大会, 人大, 代表大会,
/// 人民政府, 政府, 国民经济和社会发展, 五年计划, an official's title); else the first short form.
/// A name found in `table` (or its alias) gives that entry; an unknown name ending in 区, 县, 旗 or
/// 市 after any table names (呼伦贝尔市海拉尔区) is a county-level region. Nothing when the line
/// names neither.
std::optional<RegionCue> region_in_line(std::u32string_view line, const RegionTable& table);

/// The level word a full name ends with (河北省 → 省, 宁夏回族自治区 → 自治区, 黔东南苗族侗族自治州
/// → 自治州, 海拉尔区 → 区), or "" (全国).
std::string kind_word(std::string_view name);

/// The region the body names: of the kind `hint` names (a short form's level word: 省, 市, 自治州),
/// else of the kinds whose level word it uses most (全省/我省/本省, 全市, 全州, 全区, 全县, 全旗),
/// the table entry it names most often, at least `min_named` times; else only the level of that
/// kind (全区 without an autonomous region named is a district). Nothing when no hint is given and
/// it uses no level word 3 times.
std::optional<RegionCue> region_in_body(std::string_view text, const RegionTable& table,
                                        std::string_view hint, int min_named);

}  // namespace zz::text
