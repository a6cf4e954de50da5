// region_in_line(), region_in_body(): the rules of docs/text.md ("Metadata"), checked on every
// layout of the corpus (1950s national reports, 1979 浙江, GBK district reports, YAML titles).
#include "region_cues.hpp"

#include <algorithm>  // std::max_element, std::min
#include <array>
#include <map>

#include "chinese_numbers.hpp"
#include "u32_text.hpp"
#include "zzreport/text/char_class.hpp"
#include "zzreport/text/utf8.hpp"

namespace zz::text {
namespace {

using Level = RegionLevel;

/// A word a region's name stands before. An official's title (市长) implies a level even when no
/// name precedes it, and may have 代/副 or 人民政府 between it and the name (河北省人民政府代省长).
struct Anchor {
  std::u32string_view word;
  std::optional<Level> implies;
  std::u32string_view implied_word;  // the level word of the title: 省 for 省长, 自治区 for 主席
  bool title = false;
};

// Where one anchor contains another, the longer comes first (人民代表大会 before 代表大会).
constexpr std::array<Anchor, 20> kAnchors = {{
    {U"人民代表大会", {}, {}, false},
    {U"代表大会", {}, {}, false},
    {U"人大", {}, {}, false},
    {U"人民政府", {}, {}, false},
    {U"政府", {}, {}, false},
    {U"国民经济和社会发展", {}, {}, false},
    {U"五年计划", {}, {}, false},
    {U"五年规划", {}, {}, false},
    {U"革命委员会", {}, {}, false},
    {U"国务院", Level::national, {}, false},
    {U"总理", Level::national, {}, true},
    {U"省长", Level::provincial, U"省", true},
    {U"主席", Level::provincial, U"自治区", true},  // 自治区主席
    {U"市长", Level::city, U"市", true},
    {U"州长", Level::city, U"州", true},
    {U"盟长", Level::city, U"盟", true},
    {U"专员", Level::city, U"地区", true},  // 地区行政公署专员
    {U"区长", Level::county, U"区", true},
    {U"县长", Level::county, U"县", true},
    {U"旗长", Level::county, U"旗", true},
}};

// The longest name read before an anchor (克孜勒苏柯尔克孜自治州 is 11 characters).
constexpr std::size_t kMaxRun = 16;

/// Characters that end a name on the left (在河北省…, 二〇一九年…, 第十三届…) and are in no
/// county's name; and those that usually do (关于海拉尔区, 向大会, 15日海拉尔区) but begin some
/// (和平区, 于都县, 向阳区, 即墨区, 月湖区, 日土县).
bool is_hard_stop(char32_t c) {
  return std::u32string_view(U"在年届次的").find(c) != std::u32string_view::npos;
}
bool is_soft_stop(char32_t c) {
  return std::u32string_view(U"于向对和与及暨为是由经即兼月日").find(c) !=
         std::u32string_view::npos;
}

/// `run` without a leading 本/我/全/该 (本市, 我省).
std::u32string_view strip_pronoun(std::u32string_view run) {
  if (run.size() > 1 &&
      std::u32string_view(U"本我全该").find(run[0]) != std::u32string_view::npos) {
    run.remove_prefix(1);
  }
  return run;
}

/// A short form: the name of a level alone (省, 自治区, 市, 州, 区, 县), perhaps after 本/我/全.
std::optional<Level> level_word(std::u32string_view run) {
  run = strip_pronoun(run);
  constexpr std::array<std::pair<std::u32string_view, Level>, 12> kWords = {{
      {U"省", Level::provincial},
      {U"自治区", Level::provincial},
      {U"市", Level::city},
      {U"自治州", Level::city},
      {U"州", Level::city},
      {U"地区", Level::city},
      {U"盟", Level::city},
      {U"区", Level::county},
      {U"县", Level::county},
      {U"旗", Level::county},
      {U"自治县", Level::county},
      {U"自治旗", Level::county},
  }};
  for (const auto& [word, level] : kWords) {
    if (run == word) return level;
  }
  return std::nullopt;
}

/// Where the name before `end` ends, once what may stand between it and an anchor is passed over:
/// spaces, an ordinal (第十三届, 十届, 第七个), a year (2006年), and before a title 代/副 and
/// 人民政府.
std::size_t skip_back(std::u32string_view s, std::size_t end, bool title) {
  for (std::size_t before = end + 1; before != end;) {
    before = end;
    while (end > 0 && is_space(s[end - 1])) --end;
    if (end > 0 && std::u32string_view(U"届次个").find(s[end - 1]) != std::u32string_view::npos) {
      std::size_t b = end - 1;
      while (b > 0 && is_number_char(s[b - 1])) --b;
      if (b < end - 1) end = b > 0 && s[b - 1] == U'第' ? b - 1 : b;
    }
    if (end >= 5 && s[end - 1] == U'年' &&
        std::all_of(s.begin() + static_cast<std::ptrdiff_t>(end - 5),
                    s.begin() + static_cast<std::ptrdiff_t>(end - 1),
                    [](char32_t c) { return is_ascii_digit(c) || date_digit(c) >= 0; })) {
      end -= 5;
    }
    if (title) {
      for (std::u32string_view word : {U"常务副", U"代理", U"代", U"副", U"人民政府", U"政府"}) {
        if (s.substr(0, end).ends_with(word)) {
          end -= word.size();
          break;
        }
      }
    }
  }
  return end;
}

/// The Han characters before `end` that may form a name, at most kMaxRun, not across 我代表.
std::u32string_view han_run(std::u32string_view s, std::size_t end) {
  std::size_t begin = end;
  while (begin > 0 && end - begin < kMaxRun && is_han(s[begin - 1]) &&
         !(begin >= 2 && s[begin - 2] == U'代' && s[begin - 1] == U'表')) {
    --begin;
  }
  return s.substr(begin, end - begin);
}

/// The end of `run` that may be a name not in the table: after the last hard stop, without a
/// leading 中国共产党/中共.
std::u32string_view name_run(std::u32string_view run) {
  std::size_t begin = run.size();
  while (begin > 0 && !is_hard_stop(run[begin - 1])) --begin;
  run.remove_prefix(begin);
  for (std::u32string_view party : {U"中国共产党", U"中共"}) {
    if (run.substr(0, party.size()) == party) run.remove_prefix(party.size());
  }
  return run;
}

/// `run` after its first soft stop (关于海拉尔区 → 海拉尔区), or all of it.
std::u32string_view after_soft_stop(std::u32string_view run) {
  for (std::size_t i = 0; i + 1 < run.size(); ++i) {
    if (is_soft_stop(run[i])) return run.substr(i + 1);
  }
  return run;
}

/// A county-level name: ends in 区, 县, 旗 or 市, two to ten characters, not a common noun
/// (市区, 城区, 新区, 园区) or a level word.
bool is_county_name(std::string_view name) {
  std::u32string u = to_u32(name);
  if (u.size() < 2 || u.size() > 10 || level_word(u)) return false;
  if (std::u32string_view(U"区县旗市").find(u.back()) == std::u32string_view::npos) return false;
  return u.size() > 2 ||
         std::u32string_view(U"本我全该各此市城郊辖新地社园景矿林特县省两").find(u[0]) ==
             std::u32string_view::npos;
}

/// A name not in the table as a whole. The table names that open it are its province and city, and
/// what follows them a county-level name (呼伦贝尔市海拉尔区 → 海拉尔区); a table name followed by
/// the level word its full name ends with is that entry (新疆自治区, 连云港市市).
std::optional<RegionCue> composite_name(std::string_view name, const RegionTable& table) {
  std::string_view rest = name;
  const Region* last = nullptr;
  for (auto [region, n] = table.longest_prefix(rest); region != nullptr && n < rest.size();
       std::tie(region, n) = table.longest_prefix(rest)) {
    last = region;
    rest.remove_prefix(n);
  }
  if (is_county_name(rest)) return RegionCue{std::string(rest), Level::county, {}};
  if (last != nullptr && level_word(to_u32(rest)) && last->name.ends_with(rest)) {
    return RegionCue{last->name, last->level, {}};  // not 文山 + 市: 文山市 is a county-level city
  }
  if (rest.size() != name.size() && is_county_name(name))
    return RegionCue{std::string(name), Level::county, {}};  // 巴州区
  return std::nullopt;
}

RegionCue national(const RegionTable& table) {
  for (const Region& r : table.regions()) {
    if (r.level == Level::national) return {r.name, Level::national, {}};
  }
  return {"全国", Level::national, {}};
}

/// What the text before the anchor at `at` says: a table name ending there (its characters may be
/// ones that end other names: 呼和浩特, 日照), a level word, or a composite name.
std::optional<RegionCue> cue_before(std::u32string_view line, std::size_t at, const Anchor& anchor,
                                    const RegionTable& table) {
  std::u32string_view run = han_run(line, skip_back(line, at, anchor.title));
  if (auto [region, n] = table.longest_suffix(to_utf8(run)); region != nullptr) {
    return RegionCue{region->name, region->level, {}};
  }
  run = name_run(run);
  std::u32string_view cut = after_soft_stop(run);
  std::optional<Level> level = run.empty() ? anchor.implies : level_word(cut);
  if (level == Level::national) return national(table);
  if (level) {
    return RegionCue{{}, *level, to_utf8(run.empty() ? anchor.implied_word : strip_pronoun(cut))};
  }
  if (run.empty()) return std::nullopt;
  // After a soft stop when that leaves a name of three characters or more (关于海拉尔区), else the
  // whole run (和平区, not 平区), else what follows the stop.
  std::optional<RegionCue> after =
      cut.size() < run.size() ? composite_name(to_utf8(cut), table) : std::nullopt;
  if (after && (after->level != Level::county || cut.size() >= 3)) return after;
  if (std::optional<RegionCue> whole = composite_name(to_utf8(run), table)) return whole;
  return after;
}

const Anchor* anchor_at(std::u32string_view line, std::size_t i) {
  for (const Anchor& a : kAnchors) {
    if (line.substr(i, a.word.size()) == a.word) return &a;
  }
  return nullptr;
}

}  // namespace

std::optional<RegionCue> region_in_line(std::u32string_view line, const RegionTable& table) {
  std::optional<RegionCue> short_form;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const Anchor* anchor = anchor_at(line, i);
    if (anchor == nullptr) continue;
    std::optional<RegionCue> cue = cue_before(line, i, *anchor, table);
    i += anchor->word.size() - 1;
    if (!cue) continue;
    if (!cue->region.empty()) return cue;
    if (!short_form) short_form = cue;
  }
  return short_form;
}

namespace {

/// A kind of region a body may speak of as 全省/我省 (全市, 全州 …), and the ending of the full
/// names of that kind in the table (none for counties, which the table does not list).
struct BodyKind {
  std::u32string_view word;    // the level word: 省 in 全省, 我省, 本省
  std::u32string_view suffix;  // 省, 市, 州, 自治区, 盟, 地区; empty for counties
  Level level;                 // without a name: 全区 without an autonomous region is a district
};
constexpr std::array<BodyKind, 8> kBodyKinds = {{
    {U"省", U"省", Level::provincial},
    {U"市", U"市", Level::city},  // a municipality's entry is provincial, and wins by its own level
    {U"州", U"州", Level::city},
    {U"区", U"自治区", Level::county},
    {U"盟", U"盟", Level::city},
    {U"地区", U"地区", Level::city},
    {U"县", U"", Level::county},
    {U"旗", U"", Level::county},
}};
// A body must use its level word this often to count; a second kind counts when its word is used
// at least half as often as the first's (合肥 2017: 全省 9, 全市 7).
constexpr std::size_t kMinLevelWords = 3;

std::size_t count(std::string_view text, std::string_view word) {
  std::size_t n = 0;
  for (std::size_t at = text.find(word); at != std::string_view::npos;
       at = text.find(word, at + word.size()))
    ++n;
  return n;
}

/// The kind a short form's level word names (自治州 is a 州, 自治县 a 县).
std::optional<std::size_t> kind_of_word(std::u32string_view word) {
  if (word == U"自治区") return 3;
  if (word.substr(0, 2) == U"自治") word.remove_prefix(2);
  for (std::size_t k = 0; k < kBodyKinds.size(); ++k) {
    if (kBodyKinds[k].word == word) return k;
  }
  return std::nullopt;
}

}  // namespace

std::string kind_word(std::string_view name) {
  std::u32string u = to_u32(name);
  for (std::u32string_view word : {U"自治区", U"自治州", U"自治县", U"自治旗", U"地区", U"省",
                                   U"市", U"州", U"盟", U"区", U"县", U"旗"}) {
    if (u.ends_with(word)) return to_utf8(word);
  }
  return {};
}

std::optional<RegionCue> region_in_body(std::string_view text, const RegionTable& table,
                                        std::string_view hint, int min_named) {
  std::array<std::size_t, kBodyKinds.size()> uses{};
  for (std::size_t k = 0; k < kBodyKinds.size(); ++k) {
    for (std::u32string_view prefix : {U"全", U"我", U"本"}) {
      uses[k] += count(text, to_utf8(std::u32string(prefix) + std::u32string(kBodyKinds[k].word)));
    }
  }
  std::array<bool, kBodyKinds.size()> chosen{};
  std::optional<std::size_t> best;
  if (std::optional<std::size_t> hinted =
          hint.empty() ? std::nullopt : kind_of_word(to_u32(hint))) {
    chosen[*hinted] = true;
    best = hinted;
  } else {
    best = static_cast<std::size_t>(std::max_element(uses.begin(), uses.end()) - uses.begin());
    if (uses[*best] < kMinLevelWords) return std::nullopt;
    for (std::size_t k = 0; k < uses.size(); ++k)
      chosen[k] = uses[k] >= kMinLevelWords && 2 * uses[k] >= uses[*best];
  }
  // The region of a chosen kind the body names most (by full name or alias), at least twice.
  std::map<std::size_t, int> named;  // index into table.regions()
  for (std::size_t i = 0; i < text.size();) {
    auto [region, n] = table.longest_prefix(text.substr(i));
    if (region != nullptr) {
      std::u32string name = to_u32(region->name);
      for (std::size_t k = 0; k < kBodyKinds.size(); ++k) {
        if (chosen[k] && !kBodyKinds[k].suffix.empty() && name.ends_with(kBodyKinds[k].suffix)) {
          ++named[static_cast<std::size_t>(region - table.regions().data())];
          break;
        }
      }
      i += n;
    } else {
      utf8::next_code_point(text, i);
    }
  }
  const Region* most = nullptr;
  int most_count = min_named - 1;
  for (const auto& [index, n] : named) {
    if (n > most_count) most = &table.regions()[index], most_count = n;
  }
  if (most != nullptr) return RegionCue{most->name, most->level, {}};
  return RegionCue{{}, kBodyKinds[*best].level, {}};
}

}  // namespace zz::text
