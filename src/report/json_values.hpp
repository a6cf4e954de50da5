// member(): one member of a JSON object, for the value types the report's JSON holds (strings,
// flags, counts, spans, optional values), shared by the JSON writers of zz_report.
#pragma once

#include <concepts>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "zzreport/report/json.hpp"
#include "zzreport/text/span.hpp"

namespace zz::report::detail {

/// A string that is null in JSON when empty (a missing title, unit, hedge or horizon).
struct OrNull {
  std::string_view text;
};

inline void value(JsonWriter& w, std::string_view s) { w.string(s); }
inline void value(JsonWriter& w, const char* s) { w.string(s); }  // not the bool overload
inline void value(JsonWriter& w, bool b) { w.boolean(b); }
template <std::integral T>
void value(JsonWriter& w, T v) {
  w.integer(v);
}
inline void value(JsonWriter& w, OrNull s) {
  if (s.text.empty()) {
    w.null();
  } else {
    w.string(s.text);
  }
}
/// [begin, end]
inline void value(JsonWriter& w, Span s) {
  w.begin_array();
  w.integer(s.begin);
  w.integer(s.end);
  w.end_array();
}
template <typename T>
void value(JsonWriter& w, const std::optional<T>& v) {
  if (v) {
    value(w, *v);
  } else {
    w.null();
  }
}
template <typename T>
void value(JsonWriter& w, const std::vector<T>& items) {
  w.begin_array();
  for (const T& item : items) value(w, item);
  w.end_array();
}

template <typename T>
void member(JsonWriter& w, std::string_view key, const T& v) {
  w.key(key);
  value(w, v);
}

}  // namespace zz::report::detail
