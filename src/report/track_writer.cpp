// CSV, JSON Lines and Markdown renderings of track rows.
#include "zzreport/report/track_writer.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "csv_field.hpp"
#include "json_values.hpp"
#include "labels.hpp"
#include "table.hpp"

namespace zz::report {
namespace {

using detail::csv_field;
using extract::TrackRow;

std::string number(std::optional<double> v) {
  return v ? detail::format_number(*v) : std::string();
}

/// ≥ 7, 6–6.5, ≈ 3: a target for a person.
std::string target_label(const TrackRow& t) {
  if (t.target_op.empty()) return "–";
  if (t.target_op == "range") return number(t.target_min) + "–" + number(t.target_max);
  std::string_view sign = t.target_op == "ge"       ? "≥ "
                          : t.target_op == "gt"     ? "> "
                          : t.target_op == "le"     ? "≤ "
                          : t.target_op == "approx" ? "≈ "
                                                    : "";
  return std::string(sign) + number(t.target_value);
}

}  // namespace

std::string track_csv(const std::vector<TrackRow>& rows) {
  std::string out =
      "region,indicator,period,target_op,target_value,target_min,target_max,target_file,"
      "outcome_value,outcome_file,met,gap\r\n";
  for (const TrackRow& t : rows) {
    out += fmt::format("{},{},{},{},{},{},{},{},{},{},{},{}\r\n", csv_field(t.region), t.indicator,
                       t.period, t.target_op, number(t.target_value), number(t.target_min),
                       number(t.target_max), csv_field(t.target_file), number(t.outcome_value),
                       csv_field(t.outcome_file), t.met, number(t.gap));
  }
  return out;
}

std::string track_jsonl(const std::vector<TrackRow>& rows) {
  std::string out;
  for (const TrackRow& t : rows) {
    JsonWriter w(out, JsonLayout::compact);
    w.begin_object();
    detail::member(w, "region", t.region);
    detail::member(w, "indicator", t.indicator);
    detail::member(w, "period", t.period);
    detail::member(w, "target_op", detail::OrNull{t.target_op});
    for (auto [name, v] : {std::pair{"target_value", t.target_value},
                           {"target_min", t.target_min},
                           {"target_max", t.target_max}}) {
      w.key(name);
      v ? w.number(*v) : w.null();
    }
    detail::member(w, "target_file", detail::OrNull{t.target_file});
    w.key("outcome_value");
    t.outcome_value ? w.number(*t.outcome_value) : w.null();
    detail::member(w, "outcome_file", detail::OrNull{t.outcome_file});
    detail::member(w, "met", t.met);
    w.key("gap");
    t.gap ? w.number(*t.gap) : w.null();
    w.end_object();
    out += '\n';
  }
  return out;
}

std::string track_markdown(const std::vector<TrackRow>& rows) {
  std::string out;
  std::vector<std::string> indicators;
  for (const TrackRow& t : rows) {
    if (std::find(indicators.begin(), indicators.end(), t.indicator) == indicators.end())
      indicators.push_back(t.indicator);
  }
  for (const std::string& id : indicators) {
    detail::Table table;
    table.header = {"region", "period", "target", "outcome", "met", "gap"};
    for (const TrackRow& t : rows) {
      if (t.indicator != id) continue;
      table.rows.push_back({t.region, t.period, target_label(t),
                            t.outcome_value ? number(t.outcome_value) : "–", t.met,
                            t.gap ? number(t.gap) : ""});
    }
    out +=
        fmt::format("{}## {}\n\n{}", out.empty() ? "" : "\n", id, detail::render_markdown(table));
  }
  return out;
}

}  // namespace zz::report
