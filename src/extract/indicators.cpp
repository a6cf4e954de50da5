// IndicatorTable::load() reads data/indicators.tsv (and a user's --indicators file) through
// DataFile; assign_indicators() gives each target and achievement its canonical id and period.
#include "zzreport/extract/indicators.hpp"

#include <algorithm>
#include <array>
#include <optional>

#include "figure_context.hpp"
#include "periods.hpp"
#include "zzreport/text/data_file.hpp"
#include "zzreport/text/numerals.hpp"
#include "zzreport/text/utf8.hpp"

namespace zz::extract {
namespace {

constexpr std::array<std::string_view, 13> kPanelDirectives{
    "base_from", "base_to",    "more",  "annual",    "list_ge",   "list_le", "list_approx",
    "at_most",   "span_ahead", "stock", "base_year", "year_lead", "filler"};

constexpr std::array kMeasures{Measure::growth, Measure::level, Measure::rate, Measure::reduction};

std::vector<std::string> split_words(std::string_view text) {
  std::vector<std::string> out;
  while (!text.empty()) {
    std::size_t bar = text.find('|');
    std::string_view word = text.substr(0, bar);
    if (!word.empty() && word != "-") out.emplace_back(word);
    if (bar == std::string_view::npos) break;
    text.remove_prefix(bar + 1);
  }
  return out;
}

void append_unique(std::vector<std::string>& to, const std::vector<std::string>& words) {
  for (const std::string& w : words) {
    if (std::find(to.begin(), to.end(), w) == to.end()) to.push_back(w);
  }
}

bool valid_id(std::string_view id) {
  return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  });
}

bool contains(std::string_view text, std::string_view word) {
  return text.find(word) != std::string_view::npos;
}

bool contains_any(std::string_view text, const std::vector<std::string>& words) {
  return std::any_of(words.begin(), words.end(),
                     [&](const std::string& w) { return contains(text, w); });
}

}  // namespace

std::string_view to_string(Measure measure) {
  switch (measure) {
    case Measure::growth:
      return "growth";
    case Measure::level:
      return "level";
    case Measure::rate:
      return "rate";
    case Measure::reduction:
      return "reduction";
  }
  return "";
}

const IndicatorDef* IndicatorTable::find(std::string_view id) const {
  for (const IndicatorDef& d : indicators_) {
    if (d.id == id) return &d;
  }
  return nullptr;
}

void IndicatorTable::load_file(const std::string& path) {
  load(text::DataFile::read(path, "the indicator table"));
}

void IndicatorTable::load(const text::DataFile& file) {
  auto on_line = [&](const text::DataLine& line) {
    std::vector<std::string_view> f = line.fields(4, 5);
    std::vector<std::string> not_words =
        f.size() > 4 ? split_words(f[4]) : std::vector<std::string>{};
    if (f[0] == "*") {
      append_unique(not_words_, not_words);
      return;
    }
    if (!valid_id(f[0]))
      throw line.error("an id is made of a-z, 0-9 and _: '" + std::string(f[0]) + "'");
    std::optional<Measure> measure;
    for (Measure m : kMeasures) {
      if (to_string(m) == f[1]) measure = m;
    }
    if (!measure) {
      throw line.error("unknown measure '" + std::string(f[1]) +
                       "' (growth, level, rate or reduction)");
    }
    IndicatorDef def;
    def.id = std::string(f[0]);
    def.measure = *measure;
    def.unit = std::string(f[2]);
    if (def.unit == "%") {
      def.base_unit = def.unit;  // "%"
    } else {
      // 亿元 = 1e8 元, 万人 = 1e4 人: the magnitude characters, then the base unit.
      std::size_t i = 0;
      std::optional<double> scale;
      for (std::size_t n = def.unit.size(); n > 0; --n) {
        if (!text::utf8::is_continuation(static_cast<unsigned char>(def.unit[n - 1])) &&
            (scale = text::magnitude_value(std::string_view(def.unit).substr(0, n - 1)))) {
          i = n - 1;
          break;
        }
      }
      if (!scale || i == def.unit.size())
        throw line.error("unit '" + def.unit + "' is not a magnitude and a unit (亿元, 万人)");
      def.scale = *scale;
      def.base_unit = def.unit.substr(i);
    }
    if (*measure != Measure::level && def.unit != "%") {
      std::string reason(f[1]);
      reason += " is measured in %";
      throw line.error(reason);
    }
    def.aliases = split_words(f[3]);
    if (def.aliases.empty()) throw line.error("no alias");
    def.not_words = std::move(not_words);
    for (IndicatorDef& known : indicators_) {
      if (known.id != def.id) continue;
      if (known.measure != def.measure || known.unit != def.unit)
        throw line.error("'" + def.id + "' was defined with another measure or unit");
      append_unique(known.aliases, def.aliases);
      append_unique(known.not_words, def.not_words);
      return;
    }
    indicators_.push_back(std::move(def));
  };
  std::vector<std::pair<std::string, std::size_t>> pending_splits;
  auto on_directive = [&](const text::DataDirective& d) {
    std::vector<std::string> words = split_words(d.value);
    auto fail = [&](const std::string& reason) {
      return text::DataLine(d.value, d.number, file.name()).error(reason);
    };
    if (d.name == "growth_word") {
      append_unique(growth_words_, words);
    } else if (std::find(kPanelDirectives.begin(), kPanelDirectives.end(), d.name) !=
               kPanelDirectives.end()) {
      auto it = std::find_if(panel_words_.begin(), panel_words_.end(),
                             [&](const auto& entry) { return entry.first == d.name; });
      if (it == panel_words_.end())
        it = panel_words_.insert(panel_words_.end(), {std::string(d.name), {}});
      append_unique(it->second, words);
    } else if (d.name == "whole") {
      if (words.size() != 3 || !find(words[2]))
        throw fail("#whole takes an alias, the words that follow, and a known id");
      wholes_.push_back({words[0], words[1], words[2]});
    } else if (d.name == "this_year") {
      append_unique(this_year_, words);
    } else if (d.name == "span_lead") {
      append_unique(span_leads_, words);
    } else if (d.name == "span_cue") {
      append_unique(span_cues_, words);
    } else if (d.name == "ceiling") {
      append_unique(ceiling_words_, words);
    } else if (d.name == "also_unit") {
      if (words.size() != 2) throw fail("#also_unit takes two units: 人|个");
      unit_aliases_.emplace_back(words[0], words[1]);
    } else if (d.name == "split") {
      if (words.size() < 3) throw fail("#split takes a word and two ids or more: 城乡居民|id1|id2");
      std::vector<std::string> parts;
      for (std::string_view w = words[0]; !w.empty();) {
        std::size_t dots = w.find("…");
        parts.emplace_back(w.substr(0, dots));
        w.remove_prefix(dots == std::string_view::npos ? w.size() : dots + 3);
      }
      splits_.push_back({std::move(parts), {words.begin() + 1, words.end()}});
      pending_splits.emplace_back(words[0], d.number);
    } else {
      throw fail("unknown directive #" + std::string(d.name) +
                 " (growth_word, span_cue, span_lead, this_year, ceiling, also_unit, split, whole, "
                 "base_from, "
                 "base_to, more, annual, list_ge, list_le, list_approx, at_most, span_ahead, "
                 "stock, base_year, year_lead, filler)");
    }
  };
  file.for_each(on_line, on_directive);
  for (const IndicatorSplit& s : splits_) {
    for (const std::string& id : s.ids) {
      if (find(id)) continue;
      std::size_t number = 0;
      for (const auto& [word, n] : pending_splits) {
        if (word.starts_with(s.words.front())) number = n;
      }
      throw text::DataLine("", number, file.name())
          .error("#split names the unknown id '" + id + "'");
    }
  }
}

const std::vector<std::string>& IndicatorTable::words(std::string_view directive) const {
  static const std::vector<std::string> kNone;
  for (const auto& [name, list] : panel_words_) {
    if (name == directive) return list;
  }
  return kNone;
}

bool IndicatorTable::same_base_unit(std::string_view indicator_unit,
                                    std::string_view found_unit) const {
  if (indicator_unit == found_unit) return true;
  return std::any_of(unit_aliases_.begin(), unit_aliases_.end(), [&](const auto& a) {
    return a.first == indicator_unit && a.second == found_unit;
  });
}

namespace {

/// The measure fits the number: a % change, a % level, an amount in the indicator's unit.
bool fits(const IndicatorTable& table, const IndicatorDef& d, const Quantity& q,
          std::string_view clause) {
  switch (d.measure) {
    case Measure::growth:
      // 增长1.36倍: a growth of 136% (panel.cpp converts it).
      if (q.base_unit == "倍") return q.change == Change::increase;
      return q.base_unit == "%" &&
             (q.change != Change::none || contains_any(clause, table.growth_words()));
    case Measure::rate:
      return q.base_unit == "%";
    case Measure::reduction:
      // A decline: 能耗下降3%, not 能耗约为全国平均的70%.
      return q.base_unit == "%" &&
             (q.change != Change::none || contains_any(clause, table.growth_words()));
    case Measure::level:
      return table.same_base_unit(d.base_unit, q.base_unit);
  }
  return false;
}

struct Choice {
  const IndicatorDef* def = nullptr;
  std::size_t alias_size = 0;
  std::size_t alias_at = 0;
};

/// The indicator whose longest alias `subject` holds among those that fit the number.
Choice choose(const IndicatorTable& table, const Quantity& q, std::string_view subject,
              std::string_view clause) {
  Choice best;
  for (const IndicatorDef& d : table.indicators()) {
    if (!fits(table, d, q, clause)) continue;
    for (const std::string& alias : d.aliases) {
      std::size_t at = subject.rfind(alias);
      if (at == std::string_view::npos || alias.size() <= best.alias_size) continue;
      best = {&d, alias.size(), at};
    }
  }
  return best;
}

/// The indicator named in the nearest clause before the figure's own that names one, looking back
/// up to four clauses; not past a clause with a figure of its own and no indicator (出口90亿元，
/// 较上年增长9.4%: the growth is the exports', not the clause before).
Choice nearest_clause_choice(const IndicatorTable& table, const Quantity& q, const Place& place,
                             std::string_view clause, std::string_view* subject) {
  std::string_view nearer = clauses_before(place.sentence, place.number, 1);
  for (int k = 2; k <= 4; ++k) {
    std::string_view wider = clauses_before(place.sentence, place.number, k);
    if (wider.size() == nearer.size()) break;
    std::string_view added = wider.substr(0, wider.size() - nearer.size());
    Choice c = choose(table, q, added, clause);
    if (c.def) {
      *subject = added;
      return c;
    }
    if (added.find_first_of("0123456789") != std::string_view::npos) break;
    nearer = wider;
  }
  return {};
}

/// Whether `subject`, without the #filler words (较上年, 同比, 扣除物价因素), names nothing: at
/// most two characters are left.
bool only_filler(const IndicatorTable& table, std::string_view subject) {
  std::string rest(subject);
  for (const std::string& w : table.words("filler")) {
    for (std::size_t at = rest.find(w); at != std::string::npos; at = rest.find(w))
      rest.erase(at, w.size());
  }
  return text::utf8::count_code_points(rest) <= 2;
}

/// The number of % figures in `text`.
std::size_t percent_count(std::string_view text) {
  std::size_t n = 0;
  for (std::string_view percent : {"%", "％"}) {
    for (std::size_t i = text.find(percent); i != std::string_view::npos;
         i = text.find(percent, i + 1))
      ++n;
  }
  return n;
}

/// 规模以上工业增加值、固定资产投资、社会消费品零售总额分别增长7.6%、5.9%、10.4%: when a clause
/// names as many subjects (separated by 、 or 和) as it gives figures, the n-th figure is the n-th
/// subject's, or no indicator's when that subject names none. False when the clause is no such
/// list, or a subject is a shared head (城镇和农村居民人均可支配收入: the #split rule reads it).
bool paired_subject(const IndicatorTable& table, const Quantity& q, std::string_view clause,
                    std::string_view rest, Choice* choice, std::string_view* subject) {
  std::size_t first_figure = clause.find_first_of("0123456789");
  std::string_view names = clause.substr(0, first_figure);
  std::size_t n = percent_count(clause);
  std::size_t figures = n + percent_count(rest);
  std::vector<std::string_view> parts;
  for (std::string_view left = names; !left.empty();) {
    std::size_t cut = std::string_view::npos, width = 0;
    for (std::string_view sep : {"、", "和"}) {
      std::size_t at = left.find(sep);
      if (at < cut) cut = at, width = sep.size();
    }
    parts.push_back(left.substr(0, cut));
    if (cut == std::string_view::npos) break;
    left.remove_prefix(cut + width);
  }
  if (parts.size() < 2 || parts.size() != figures || n >= parts.size()) return false;
  for (std::string_view part : parts) {
    if (!choose(table, q, part, clause).def && text::utf8::count_code_points(part) <= 4)
      return false;
  }
  *subject = parts[n];
  *choice = choose(table, q, parts[n], clause);
  return true;
}

}  // namespace

void assign_indicators(const text::Document& doc, const IndicatorTable& table,
                       std::vector<Quantity>& quantities) {
  for (Quantity& q : quantities) {
    if (q.kind == QuantityKind::mention || (!q.value && !q.min)) continue;
    Place place = place_of(doc, q);
    std::string_view before = place.sentence.substr(0, place.number);
    std::string_view clause = clauses_before(place.sentence, place.number, 1);
    std::string_view subject = q.indicator;
    Choice choice;
    std::string_view clause_rest = place.after();
    clause_rest = clause_rest.substr(
        0, std::min({clause_rest.find("，"), clause_rest.find("；"), clause_rest.find("。")}));
    const bool paired = paired_subject(table, q, clause, clause_rest, &choice, &subject);
    if (paired && !choice.def) continue;
    if (!paired) choice = choose(table, q, subject, clause);
    // A subject of one or two characters (总量, 增长) names nothing alone: the indicator is in the
    // clause before (国内生产总值增长6.6%，总量突破90万亿元).
    if (!choice.def && text::utf8::count_code_points(subject) <= 2) {
      subject = clauses_before(place.sentence, place.number, 4);
      choice = choose(table, q, subject, clause);
    }
    // A list given with 分别 names its subjects clauses before its figures (城镇居民人均可支配收入
    // 9422元，农村居民人均纯收入2936元，扣除价格因素，分别实际增长7.7%和6.8%); so does a list
    // without it (…农村居民人均纯收入5153元，实际增长9.8%和8.5%).
    std::size_t listed = clause_list_start(before, place.after());
    if (!choice.def &&
        (clause.find("分别") != std::string_view::npos || listed != std::string_view::npos)) {
      subject = clauses_before(place.sentence, place.number, 4);
      choice = choose(table, q, subject, clause);
    }
    // A subject that only compares or adjusts (较上年, 扣除物价因素, 比上年实际) is the nearest
    // indicator named in the clauses before (国内生产总值达到5020亿元，较上年增长9.4％).
    if (!choice.def && only_filler(table, subject))
      choice = nearest_clause_choice(table, q, place, clause, &subject);
    if (!choice.def) continue;
    std::string_view named = subject.substr(choice.alias_at);
    std::string_view lead = subject.substr(0, choice.alias_at);
    if (contains_any(subject, table.not_words()) ||
        (!paired && contains_any(clause, table.not_words())) ||
        contains_any(named, choice.def->not_words) || contains_any(lead, choice.def->not_words))
      continue;
    const IndicatorDef* def = choice.def;
    // 城乡居民人均可支配收入分别增长8%和9%: the n-th figure after 分别 names the n-th id.
    for (const IndicatorSplit& s : table.splits()) {
      if (std::find(s.ids.begin(), s.ids.end(), def->id) == s.ids.end() &&
          def->id != "resident_income_growth")
        continue;
      // The list's figures start after 分别, or at the first figure of a list in the clause (城乡
      // 居民收入增长5％和3％左右); its subjects are named before that.
      std::size_t respectively = before.rfind("分别");
      if (listed != std::string_view::npos &&
          (respectively == std::string_view::npos || listed > respectively))
        respectively = std::min(before.size(), before.find_first_of("0123456789", listed));
      if (respectively == std::string_view::npos) continue;
      std::size_t at = 0;
      bool all_named = true;
      for (const std::string& w : s.words) {
        std::size_t found = before.substr(0, respectively).find(w, at);
        if (found == std::string_view::npos) {
          all_named = false;
          break;
        }
        at = found + w.size();
      }
      if (!all_named) continue;
      std::size_t n = percent_count(before.substr(respectively));
      if (n < s.ids.size()) def = table.find(s.ids[n]);
      break;
    }
    // 财政收入768.3亿元、增长10.6%，其中地方财政收入…: the unqualified revenue is the whole
    // (#whole).
    for (const WholeRule& w : table.wholes()) {
      if (def && def->id != w.id && named.starts_with(w.alias) &&
          place.after().find(w.then) != std::string_view::npos)
        def = table.find(w.id);
    }
    if (!def) continue;
    q.indicator_id = def->id;
    q.period = period_of(doc, q, before, place.paragraph_before, table);
  }
}

}  // namespace zz::extract
