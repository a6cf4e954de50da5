// QuantityRules::load(): the files of data/rules/ read through DataFile, checked (known names, no
// entry twice) and arranged into the lists and word sets the quantity rules search.
#include "zzreport/extract/quantity_rules.hpp"

#include <algorithm>
#include <array>
#include <charconv>  // std::from_chars
#include <cmath>     // std::isfinite
#include <map>
#include <optional>
#include <utility>

#include "rule_tables.hpp"
#include "zzreport/text/utf8.hpp"

namespace zz::extract {
namespace detail {

bool RuleTables::hidden(std::string_view text, std::size_t at, std::string_view word,
                        std::size_t floor) const {
  for (const auto& [hidden_word, longer] : exceptions) {
    if (hidden_word != word) continue;
    for (const Exception& e : longer) {
      if (at >= floor + e.offset && text.substr(at - e.offset, e.word.size()) == e.word)
        return true;
    }
  }
  return false;
}

bool starts_with_any(std::string_view text, std::size_t at,
                     const std::vector<std::string_view>& words, std::string_view* found) {
  for (std::string_view w : words) {
    if (text.substr(at, w.size()) == w) {
      if (found) *found = w;
      return true;
    }
  }
  return false;
}

bool ends_with_any(std::string_view text, std::size_t at,
                   const std::vector<std::string_view>& words) {
  return std::any_of(words.begin(), words.end(), [&](std::string_view w) {
    return at >= w.size() && text.substr(at - w.size(), w.size()) == w;
  });
}

}  // namespace detail

namespace {

using detail::RuleTables;
using text::DataLine;

/// The value of `E` whose to_string() is `name`, among `all`.
template <typename E, std::size_t N>
std::optional<E> named(std::string_view name, const std::array<E, N>& all) {
  for (E e : all) {
    if (to_string(e) == name) return e;
  }
  return std::nullopt;
}

constexpr std::array kOps = {Op::eq, Op::gt, Op::ge, Op::lt, Op::le, Op::approx, Op::inc, Op::dec};
constexpr std::array kHedges = {Hedge::strive, Hedge::ensure, Hedge::seek, Hedge::approx};

std::string quoted(std::string_view s) {
  std::string out(1, '\'');
  out.append(s);
  out += '\'';
  return out;
}

/// Remembers where each key of a file was first listed, to refuse it a second time.
class Listed {
 public:
  void add(const DataLine& line, std::string_view key, std::string_view what) {
    auto [it, fresh] = lines_.try_emplace(std::string(key), line.number());
    if (!fresh)
      throw line.error(std::string(what) + " is listed twice (first on line " +
                       std::to_string(it->second) + ")");
  }

 private:
  std::map<std::string, std::size_t> lines_;
};

/// Reads `name` of `directory` into the tables (which keep its text) and calls `on_line` for
/// each of its lines.
template <typename OnLine>
void read(RuleTables& t, const std::string& directory, std::string_view name, OnLine&& on_line) {
  t.files.push_back(text::DataFile::read(directory + "/" + std::string(name), "a rule file"));
  t.files.back().for_each(on_line);
}

std::string_view non_empty(const DataLine& line, std::string_view field, std::string_view what) {
  if (field.empty()) throw line.error("empty " + std::string(what));
  return field;
}

void read_hedges(RuleTables& t, const std::string& dir) {
  Listed listed;
  read(t, dir, "hedges.tsv", [&](const DataLine& line) {
    std::vector<std::string_view> f = line.fields(3, 3);
    std::string_view word = non_empty(line, f[0], "word");
    std::optional<Hedge> hedge = named(f[1], kHedges);
    if (!hedge)
      throw line.error("unknown hedge " + quoted(f[1]) + " (expected 力争, 确保, 争取 or 左右)");
    listed.add(line, word, quoted(word));
    if (f[2] == "before") {
      t.hedges_before.push_back({word, *hedge});
    } else if (f[2] == "after") {
      t.hedges_after.push_back({word, *hedge});
    } else {
      throw line.error("unknown place " + quoted(f[2]) + " (expected before or after)");
    }
  });
}

void read_comparators(RuleTables& t, const std::string& dir) {
  Listed listed;
  read(t, dir, "comparators.tsv", [&](const DataLine& line) {
    std::vector<std::string_view> f = line.fields(3, 3);
    std::string_view word = non_empty(line, f[0], "word");
    listed.add(line, std::string(f[1]) + "\t" + std::string(word),
               quoted(word) + " " + std::string(f[1]));
    if (f[1] == "level") {
      if (f[2] != "-") throw line.error("a level noun has no op (write -)");
      t.level_nouns.push_back(word);
      return;
    }
    std::optional<Op> op = named(f[2], kOps);
    if (!op || *op == Op::eq || *op == Op::inc || *op == Op::dec) {
      throw line.error("unknown op " + quoted(f[2]) + " (expected ge, gt, le, lt or approx)");
    }
    if (f[1] == "after") {
      t.comparators_after.push_back({word, *op});
    } else if (f[1] == "before") {
      t.comparators_before.push_back({word, *op});
    } else {
      throw line.error("unknown place " + quoted(f[1]) + " (expected before, after or level)");
    }
  });
  // Where one word ends another (不超过, 超过), the longer must be tried first.
  std::stable_sort(t.comparators_before.begin(), t.comparators_before.end(),
                   [](const detail::OpWord& a, const detail::OpWord& b) {
                     return a.word.size() > b.word.size();
                   });
  for (const detail::OpWord& c : t.comparators_before) t.comparator_words_before.push_back(c.word);
  t.comparators_before_by_last = WordsByEdge(t.comparator_words_before, WordsByEdge::Edge::last);
}

void read_verbs(RuleTables& t, const std::string& dir) {
  Listed listed;
  read(t, dir, "verbs.tsv", [&](const DataLine& line) {
    std::vector<std::string_view> f = line.fields(2, 2);
    std::string_view word = non_empty(line, f[0], "word");
    listed.add(line, word, quoted(word));
    if (f[1] == "filler") {
      t.fillers.push_back(word);
      return;
    }
    std::optional<Op> op = named(f[1], kOps);
    if (!op || (*op != Op::eq && *op != Op::inc && *op != Op::dec)) {
      throw line.error("unknown op " + quoted(f[1]) + " (expected eq, inc, dec or filler)");
    }
    t.verbs.push_back({word, *op});
    t.verb_words.push_back(word);
  });
  t.verb_set = WordSet(t.verb_words);
}

void read_units(RuleTables& t, const std::string& dir) {
  static constexpr std::array<std::pair<std::string_view, UnitClass>, 6> kClasses = {{
      {"percent", UnitClass::percent},
      {"money", UnitClass::money},
      {"count", UnitClass::count},
      {"time", UnitClass::time},
      {"physical", UnitClass::physical},
      {"multiple", UnitClass::multiple},
  }};
  Listed listed;
  read(t, dir, "units.tsv", [&](const DataLine& line) {
    std::vector<std::string_view> f = line.fields(4, 4);
    detail::UnitEntry e;
    e.text = non_empty(line, f[0], "unit");
    e.base = non_empty(line, f[1], "base unit");
    listed.add(line, e.text, quoted(e.text));
    auto [end, ec] = std::from_chars(f[2].data(), f[2].data() + f[2].size(), e.scale);
    if (ec != std::errc() || end != f[2].data() + f[2].size() || !std::isfinite(e.scale) ||
        e.scale <= 0) {
      throw line.error("the scale " + quoted(f[2]) + " is not a positive number");
    }
    auto c = std::find_if(kClasses.begin(), kClasses.end(),
                          [&](const auto& k) { return k.first == f[3]; });
    if (c == kClasses.end()) {
      throw line.error("unknown class " + quoted(f[3]) +
                       " (expected percent, money, count, time, physical or multiple)");
    }
    e.unit_class = c->second;
    t.units.push_back(e);
    t.unit_words.push_back(e.text);
  });
  t.unit_set = WordSet(t.unit_words);
}

/// Reads a file of `role<TAB>word` lines into the lists `roles` names; `value` reads a third field
/// for the roles that have one (it returns false for a role without a value).
template <typename OnValue>
void read_roles(
    RuleTables& t, const std::string& dir, std::string_view name,
    const std::vector<std::pair<std::string_view, std::vector<std::string_view>*>>& roles,
    OnValue&& value) {
  Listed listed;
  read(t, dir, name, [&](const DataLine& line) {
    std::vector<std::string_view> f = line.fields(2, 3);
    std::string_view word = non_empty(line, f[1], "word");
    listed.add(line, std::string(f[0]) + "\t" + std::string(word),
               quoted(word) + " as " + std::string(f[0]));
    if (value(line, f)) return;
    if (f.size() == 3) throw line.error("the role " + quoted(f[0]) + " takes no value");
    auto role =
        std::find_if(roles.begin(), roles.end(), [&](const auto& r) { return r.first == f[0]; });
    if (role == roles.end()) throw line.error("unknown role " + quoted(f[0]));
    role->second->push_back(word);
  });
}

void read_horizons(RuleTables& t, const std::string& dir) {
  std::vector<std::string_view> adverbial;
  read_roles(t, dir, "horizons.tsv",
             {{"lead", &t.leads},
              {"adverbial", &adverbial},
              {"year_tail", &t.year_tails},
              {"year_not_after", &t.year_not_after},
              {"plan_tail", &t.plan_tails},
              {"period_lead", &t.period_leads},
              {"period_tail", &t.period_tails},
              {"period_not_after", &t.period_not_after},
              {"period_not_before", &t.period_not_before},
              {"duration_before", &t.duration_before},
              {"duration_after", &t.duration_after}},
             [&](const DataLine& line, const std::vector<std::string_view>& f) {
               bool relative = f[0] == "relative";
               if (!relative && f[0] != "absolute") return false;
               int value = 0;
               std::string_view v = f.size() == 3 ? f[2] : std::string_view();
               auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), value);
               if (v.empty() || ec != std::errc() || end != v.data() + v.size() || value < 0) {
                 throw line.error(relative ? "expected the years after the report's year"
                                           : "expected a year");
               }
               t.dated.push_back({f[1], value, !relative});
               return true;
             });
  // The first characters a horizon may start with besides numerals and “ (horizon_at()).
  auto add_start = [&](std::string_view word) {
    std::size_t i = 0;
    char32_t c = text::utf8::next_code_point(word, i);
    if (std::find(t.horizon_starts.begin(), t.horizon_starts.end(), c) == t.horizon_starts.end())
      t.horizon_starts.push_back(c);
  };
  for (const detail::DatedWord& d : t.dated) add_start(d.word);
  for (std::string_view w : t.leads) add_start(w);
  for (std::string_view w : t.period_leads) add_start(w);
  for (const detail::HedgeWord& h : t.hedges_before) t.adverbial_words.push_back(h.word);
  t.adverbial_words.insert(t.adverbial_words.end(), t.leads.begin(), t.leads.end());
  t.adverbial_words.insert(t.adverbial_words.end(), adverbial.begin(), adverbial.end());
}

void read_cues(RuleTables& t, const std::string& dir) {
  std::vector<std::string_view> future, past, result;
  read_roles(t, dir, "cues.tsv",
             {{"future", &future},
              {"past", &past},
              {"result", &result},
              {"review", &t.review_headings},
              {"plan", &t.plan_headings},
              {"plan_review", &t.plan_review_titles},
              {"announcement", &t.announcements},
              {"goal", &t.goals},
              {"streak", &t.streaks},
              {"demonstrative", &t.demonstratives},
              {"enumeration", &t.enumerations}},
             [](const DataLine&, const std::vector<std::string_view>&) { return false; });
  // The hedges written before a number are cues of a target too.
  for (const detail::HedgeWord& h : t.hedges_before) t.cue_words.push_back(h.word);
  t.cue_words.insert(t.cue_words.end(), future.begin(), future.end());
  t.future_cues = t.cue_words.size();
  t.cue_words.insert(t.cue_words.end(), past.begin(), past.end());
  t.past_cues = t.cue_words.size();
  t.cue_words.insert(t.cue_words.end(), result.begin(), result.end());
  t.cue_set = WordSet(t.cue_words);
}

/// The words that end the words naming an indicator: the tails of indicators.tsv, the verbs and
/// fillers, the comparators written before a number and the hedges, longest first (不超过 before
/// 超过, 下降 before 降), so that no list of its own can drift from the verbs it strips.
void compose_tails(RuleTables& t, const std::vector<std::string_view>& tail_rows) {
  std::vector<std::string_view> all = tail_rows;
  for (const detail::OpWord& v : t.verbs) all.push_back(v.word);
  all.insert(all.end(), t.fillers.begin(), t.fillers.end());
  for (const detail::OpWord& c : t.comparators_before) all.push_back(c.word);
  for (const detail::HedgeWord& h : t.hedges_before) all.push_back(h.word);
  for (std::string_view w : all) {
    if (std::find(t.indicator_tails.begin(), t.indicator_tails.end(), w) ==
        t.indicator_tails.end()) {
      t.indicator_tails.push_back(w);
    }
  }
  std::stable_sort(t.indicator_tails.begin(), t.indicator_tails.end(),
                   [](std::string_view a, std::string_view b) { return a.size() > b.size(); });
}

bool is_hedge_before(const RuleTables& t, std::string_view word) {
  return std::any_of(t.hedges_before.begin(), t.hedges_before.end(),
                     [&](const auto& h) { return h.word == word; });
}

/// The file whose words count as indicator tails that lists `word` already, or nothing.
std::optional<std::string_view> tail_source(const RuleTables& t, std::string_view word) {
  auto has_word = [&](const std::vector<detail::OpWord>& list) {
    return std::any_of(list.begin(), list.end(),
                       [&](const detail::OpWord& o) { return o.word == word; });
  };
  if (is_hedge_before(t, word)) return "hedges.tsv";
  if (has_word(t.verbs) || std::find(t.fillers.begin(), t.fillers.end(), word) != t.fillers.end())
    return "verbs.tsv";
  if (has_word(t.comparators_before)) return "comparators.tsv";
  return std::nullopt;
}

void read_indicators(RuleTables& t, const std::string& dir) {
  std::vector<std::string_view> leads, tails;
  read_roles(
      t, dir, "indicators.tsv",
      {{"noun_end", &t.noun_ends}, {"base_link", &t.base_links}, {"link", &t.links}},
      [&](const DataLine& line, const std::vector<std::string_view>& f) {
        if (f[0] == "joint") {  // 城乡 → 城镇 农村
          if (f.size() != 3) throw line.error("the role 'joint' needs the parts, space-separated");
          std::vector<std::string_view> parts;
          for (std::string_view rest = f[2]; !rest.empty();) {
            std::size_t space = rest.find(' ');
            if (space != 0) parts.push_back(rest.substr(0, space));
            if (space == std::string_view::npos) break;
            rest.remove_prefix(space + 1);
          }
          if (parts.size() < 2) throw line.error("a joint subject has two parts or more");
          t.joint_subjects.push_back({f[1], std::move(parts)});
          return true;
        }
        bool lead = f[0] == "lead";
        if (!lead && f[0] != "tail") return false;
        if (f.size() == 3) throw line.error("the role " + quoted(f[0]) + " takes no value");
        // Listed once: a hedge is a lead and a tail already, a verb or comparator a tail.
        if (lead && is_hedge_before(t, f[1])) {
          throw line.error(quoted(f[1]) + " is in hedges.tsv, whose words are leads already");
        }
        if (std::optional<std::string_view> source = tail_source(t, f[1]); !lead && source) {
          throw line.error(quoted(f[1]) + " is in " + std::string(*source) +
                           ", whose words are tails already");
        }
        (lead ? leads : tails).push_back(f[1]);
        return true;
      });
  for (const detail::HedgeWord& h : t.hedges_before) t.indicator_leads.push_back(h.word);
  t.indicator_leads.insert(t.indicator_leads.end(), leads.begin(), leads.end());
  compose_tails(t, tails);
  t.leads_by_first = WordsByEdge(t.indicator_leads, WordsByEdge::Edge::first);
  t.tails_by_last = WordsByEdge(t.indicator_tails, WordsByEdge::Edge::last);
}

void read_exceptions(RuleTables& t, const std::string& dir) {
  Listed listed;
  read(t, dir, "exceptions.tsv", [&](const DataLine& line) {
    std::vector<std::string_view> f = line.fields(2, 2);
    std::string_view word = non_empty(line, f[0], "word");
    std::string_view hides = non_empty(line, f[1], "hidden word");
    listed.add(line, word, quoted(word));
    std::size_t offset = word.find(hides);
    if (offset == std::string_view::npos || word == hides) {
      throw line.error(quoted(word) + " does not hold " + quoted(hides) + " inside it");
    }
    bool cue = false;
    for (std::size_t k = 0; k < t.cue_words.size(); ++k) {
      if (t.cue_words[k] == hides) {
        t.cue_exceptions[k].push_back({word, static_cast<std::uint32_t>(offset)});
        cue = true;
      }
    }
    bool dated = std::any_of(t.dated.begin(), t.dated.end(),
                             [&](const detail::DatedWord& d) { return d.word == hides; });
    bool noun_end = std::find(t.noun_ends.begin(), t.noun_ends.end(), hides) != t.noun_ends.end();
    bool unit = std::find(t.unit_words.begin(), t.unit_words.end(), hides) != t.unit_words.end();
    if (!cue && !dated && !noun_end && !unit) {
      throw line.error(quoted(hides) +
                       " is no cue, relative deadline, noun end or unit that an exception could "
                       "hide");
    }
    auto entry = std::find_if(t.exceptions.begin(), t.exceptions.end(),
                              [&](const auto& e) { return e.first == hides; });
    if (entry == t.exceptions.end()) entry = t.exceptions.insert(t.exceptions.end(), {hides, {}});
    entry->second.push_back({word, static_cast<std::uint32_t>(offset)});
  });
}

/// The lists composed of several files' words.
void compose(RuleTables& t) {
  for (const detail::HedgeWord& h : t.hedges_after) t.after_number.push_back(h.word);
  for (const detail::OpWord& c : t.comparators_after) t.after_number.push_back(c.word);
  t.magnitude_ends = t.after_number;
  t.magnitude_ends.insert(t.magnitude_ends.end(), t.level_nouns.begin(), t.level_nouns.end());
}

}  // namespace

QuantityRules QuantityRules::load(const std::string& directory) {
  auto t = std::make_shared<RuleTables>();
  // Hedges first: the cues, indicator leads and adverbial words include them; exceptions last,
  // as they name the words of the others.
  read_hedges(*t, directory);
  read_comparators(*t, directory);
  read_verbs(*t, directory);
  read_units(*t, directory);
  read_horizons(*t, directory);
  read_cues(*t, directory);
  t->cue_exceptions.resize(t->cue_words.size());
  read_indicators(*t, directory);
  read_exceptions(*t, directory);
  compose(*t);
  return QuantityRules(std::move(t));
}

const std::vector<std::string_view>& QuantityRules::indicator_tails() const {
  return tables_->indicator_tails;
}

}  // namespace zz::extract
