// to_json(): the versioned JSON document model (docs/json.md, docs/schema/analysis.schema.json).
#include <cmath>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "json_dump.hpp"
#include "keywords_json.hpp"
#include "quantity_json.hpp"
#include "zzreport/report/writers.hpp"

namespace zz::report {
namespace {

using nlohmann::ordered_json;

ordered_json span_json(Span s) { return ordered_json::array({s.begin, s.end}); }

ordered_json spans_json(const std::vector<Span>& spans) {
  ordered_json out = ordered_json::array();
  for (Span s : spans) out.push_back(span_json(s));
  return out;
}

template <typename T>
ordered_json or_null(const std::optional<T>& v) {
  return v ? ordered_json(*v) : ordered_json(nullptr);
}

ordered_json or_null(const std::string& s) {
  return s.empty() ? ordered_json(nullptr) : ordered_json(s);
}

ordered_json document_json(const text::Document& doc) {
  ordered_json j;
  j["path"] = doc.path;
  j["title"] = or_null(doc.title);
  j["year"] = or_null(doc.year);
  j["level"] = or_null(doc.level);
  j["source"] = or_null(doc.source);
  j["encoding"] = doc.encoding;
  j["bytes"] = doc.bytes;
  j["characters"] = doc.original_chars;
  j["counts"] = {{"paragraphs", doc.paragraphs.size()},
                 {"sentences", doc.sentences.size()},
                 {"sections", doc.sections.size()},
                 {"warnings", doc.warnings.size()}};
  return j;
}

ordered_json outline_json(const text::Document& doc) {
  ordered_json out = ordered_json::array();
  for (std::size_t i = 0; i < doc.sections.size(); ++i) {
    const text::Section& s = doc.sections[i];
    ordered_json j;
    j["index"] = i;
    j["level"] = s.level;
    j["marker"] = s.marker;
    j["title"] = s.title;
    j["span"] = span_json(s.span);
    j["parent"] = or_null(s.parent);
    j["lead"] = s.lead;
    out.push_back(std::move(j));
  }
  return out;
}

ordered_json slogans_json(const std::vector<extract::Slogan>& slogans) {
  ordered_json out = ordered_json::array();
  for (const extract::Slogan& s : slogans) {
    ordered_json j;
    j["text"] = s.text;
    j["numeric"] = s.numeric;
    j["quoted"] = s.quoted;
    j["count"] = s.count;
    j["spans"] = spans_json(s.spans);
    out.push_back(std::move(j));
  }
  return out;
}

ordered_json warnings_json(const text::Document& doc) {
  ordered_json out = ordered_json::array();
  for (const text::Warning& w : doc.warnings) {
    out.push_back({{"kind", w.kind}, {"message", w.message}, {"span", span_json(w.span)}});
  }
  return out;
}

}  // namespace

namespace {

// The values of a quantity's members: a JSON value for each C++ type it holds.
void value(JsonWriter& w, std::string_view s) { w.string(s); }

void value(JsonWriter& w, const std::optional<double>& v) {
  if (!v) {
    w.null();
  } else if (std::floor(*v) == *v && std::abs(*v) < 9007199254740992.0) {
    w.integer(static_cast<std::int64_t>(*v));  // 5000 rather than 5000.0, below 2^53 (exact)
  } else {
    w.number(*v);
  }
}

template <typename T>
void value(JsonWriter& w, const std::optional<T>& v) {
  if (v) {
    w.integer(static_cast<std::int64_t>(*v));
  } else {
    w.null();
  }
}

void value(JsonWriter& w, Span s) {
  w.begin_array();
  w.integer(s.begin);
  w.integer(s.end);
  w.end_array();
}

/// A string that is null in JSON when empty (a quantity without unit, hedge or horizon).
struct OrNull {
  std::string_view text;
};

void value(JsonWriter& w, OrNull s) {
  if (s.text.empty()) {
    w.null();
  } else {
    w.string(s.text);
  }
}

template <typename T>
void member(JsonWriter& w, std::string_view key, const T& v) {
  w.key(key);
  value(w, v);
}

}  // namespace

void write_quantity(JsonWriter& w, const text::Document& doc, const extract::Quantity& q, bool with_file) {
  w.begin_object();
  if (with_file) member(w, "file", std::string_view(doc.path));
  member(w, "kind", extract::to_string(q.kind));
  member(w, "indicator", std::string_view(q.indicator));
  member(w, "op", extract::to_string(q.op));
  member(w, "change", OrNull{extract::to_string(q.change)});
  member(w, "value_text", std::string_view(q.value_text));
  member(w, "value", q.value);
  member(w, "min", q.min);
  member(w, "max", q.max);
  member(w, "unit", OrNull{q.unit});
  member(w, "magnitude", q.magnitude);
  member(w, "base_unit", OrNull{q.base_unit});
  member(w, "hedge", OrNull{extract::to_string(q.hedge)});
  member(w, "horizon", OrNull{q.horizon});
  member(w, "horizon_year", q.horizon_year);
  member(w, "section", q.section);
  w.key("section_title");
  if (q.section && *q.section < doc.sections.size()) {
    w.string(doc.sections[*q.section].title);
  } else {
    w.null();
  }
  member(w, "span", q.span);
  member(w, "quote", std::string_view(q.quote));
  member(w, "quote_span", q.quote_span);
  w.end_object();
}

std::string to_json(const ReportInput& input, bool pretty) {
  const text::Document& doc = *input.document;
  const extract::Analysis& analysis = *input.analysis;
  const Selection& only = input.selection;
  std::string out;
  // Room for the whole text at once (a long report's JSON is about 3 x its text): growing by
  // doubling held the old and the new buffer together, a third of the peak memory on a 5 MB file.
  // Pages never written cost no memory.
  out.reserve(4 * doc.text.size() + 65536);
  JsonObjectWriter root(out, pretty);
  root.member("schema_version", kSchemaVersion);
  root.member("document", document_json(doc));
  if (only.outline) root.member("outline", outline_json(doc));
  if (only.keywords) root.member("keywords", keywords_json(analysis.keywords));
  // Quantities are written one by one: a long report has tens of thousands.
  auto quantities = [&](std::string_view key, extract::QuantityKind kind) {
    root.array_member_with(key, [&](auto&& emit) {
      for (const extract::Quantity& q : analysis.quantities) {
        if (q.kind == kind) emit([&](JsonWriter& w) { write_quantity(w, doc, q, false); });
      }
    });
  };
  if (only.targets) quantities("targets", extract::QuantityKind::target);
  if (only.achievements) quantities("achievements", extract::QuantityKind::achievement);
  if (only.mentions) quantities("mentions", extract::QuantityKind::mention);
  if (only.slogans) root.member("slogans", slogans_json(analysis.slogans));
  if (only.warnings) root.member("warnings", warnings_json(doc));
  ordered_json options = ordered_json::object();
  for (const auto& [key, value] : input.options) options[key] = value;
  root.member("options", options);
  root.finish();
  out += '\n';
  return out;
}

}  // namespace zz::report
