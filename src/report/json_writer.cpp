// to_json(): the versioned JSON document model (docs/json.md, docs/schema/analysis.schema.json).
#include <cmath>
#include <cstdint>
#include <optional>
#include <string>

#include "json_values.hpp"
#include "keywords_json.hpp"
#include "quantity_json.hpp"
#include "zzreport/report/json.hpp"
#include "zzreport/report/writers.hpp"

namespace zz::report {
namespace {

using detail::member;
using detail::OrNull;

void write_document(JsonWriter& w, const text::Document& doc) {
  w.begin_object();
  member(w, "path", doc.path);
  member(w, "title", OrNull{doc.title});
  member(w, "year", doc.year);
  member(w, "level", OrNull{doc.level});
  member(w, "region", OrNull{doc.region});
  member(w, "date", OrNull{doc.date});
  member(w, "doc_type", OrNull{doc.doc_type});
  member(w, "meeting", OrNull{doc.meeting});
  member(w, "source", OrNull{doc.source});
  member(w, "encoding", doc.encoding);
  member(w, "bytes", doc.bytes);
  member(w, "characters", doc.original_chars);
  w.key("counts");
  w.begin_object();
  member(w, "paragraphs", doc.paragraphs.size());
  member(w, "sentences", doc.sentences.size());
  member(w, "sections", doc.sections.size());
  member(w, "warnings", doc.warnings.size());
  w.end_object();
  w.end_object();
}

void write_outline(JsonWriter& w, const text::Document& doc) {
  w.begin_array();
  for (std::size_t i = 0; i < doc.sections.size(); ++i) {
    const text::Section& s = doc.sections[i];
    w.begin_object();
    member(w, "index", i);
    member(w, "level", s.level);
    member(w, "marker", s.marker);
    member(w, "title", s.title);
    member(w, "span", s.span);
    member(w, "parent", s.parent);
    member(w, "lead", s.lead);
    w.end_object();
  }
  w.end_array();
}

void write_slogans(JsonWriter& w, const std::vector<extract::Slogan>& slogans) {
  w.begin_array();
  for (const extract::Slogan& s : slogans) {
    w.begin_object();
    member(w, "text", s.text);
    member(w, "type", extract::to_string(s.type));
    member(w, "numeric", s.type == extract::SloganType::numbered);
    member(w, "quoted", s.quoted);
    member(w, "count", s.count);
    member(w, "spans", s.spans);
    w.end_object();
  }
  w.end_array();
}

void write_warnings(JsonWriter& w, const text::Document& doc) {
  w.begin_array();
  for (const text::Warning& warning : doc.warnings) {
    w.begin_object();
    member(w, "kind", warning.kind);
    member(w, "message", warning.message);
    member(w, "span", warning.span);
    w.end_object();
  }
  w.end_array();
}

/// A quantity's value, minimum, maximum or magnitude: 5000 rather than 5000.0 when it is a whole
/// number below 2^53 (exact as an integer).
void quantity_number(JsonWriter& w, const std::optional<double>& v) {
  if (!v) {
    w.null();
  } else if (std::floor(*v) == *v && std::abs(*v) < 9007199254740992.0) {
    w.integer(static_cast<std::int64_t>(*v));
  } else {
    w.number(*v);
  }
}

/// The quantities of one kind, as the array member `key`.
void quantities_member(JsonWriter& w, std::string_view key, const text::Document& doc,
                       const extract::Analysis& analysis, extract::QuantityKind kind) {
  w.key(key);
  w.begin_array();
  for (const extract::Quantity& q : analysis.quantities) {
    if (q.kind == kind) write_quantity(w, doc, q, false);
  }
  w.end_array();
}

}  // namespace

void write_quantity(JsonWriter& w, const text::Document& doc, const extract::Quantity& q,
                    bool with_file) {
  w.begin_object();
  if (with_file) member(w, "file", doc.path);
  member(w, "kind", extract::to_string(q.kind));
  member(w, "indicator", q.indicator);
  member(w, "indicator_id", OrNull{q.indicator_id});
  member(w, "period", OrNull{q.period});
  member(w, "op", extract::to_string(q.op));
  member(w, "change", OrNull{extract::to_string(q.change)});
  member(w, "value_text", q.value_text);
  w.key("value");
  quantity_number(w, q.value);
  w.key("min");
  quantity_number(w, q.min);
  w.key("max");
  quantity_number(w, q.max);
  member(w, "unit", OrNull{q.unit});
  w.key("magnitude");
  quantity_number(w, q.magnitude);
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
  member(w, "quote", q.quote);
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
  // Written value by value, never held as a tree: a tree of 20,000 quantities was most of the peak
  // memory on a 5 MB file.
  JsonWriter w(out, pretty ? JsonLayout::indented : JsonLayout::compact);
  begin_document_object(w, input.record_id);
  member(w, "schema_version", kSchemaVersion);
  w.key("document");
  write_document(w, doc);
  if (only.outline) {
    w.key("outline");
    write_outline(w, doc);
  }
  if (only.keywords) {
    w.key("keywords");
    write_keywords(w, analysis.keywords);
  }
  if (only.targets) quantities_member(w, "targets", doc, analysis, extract::QuantityKind::target);
  if (only.achievements) {
    quantities_member(w, "achievements", doc, analysis, extract::QuantityKind::achievement);
  }
  if (only.mentions)
    quantities_member(w, "mentions", doc, analysis, extract::QuantityKind::mention);
  if (only.slogans) {
    w.key("slogans");
    write_slogans(w, analysis.slogans);
  }
  if (only.warnings) {
    w.key("warnings");
    write_warnings(w, doc);
  }
  w.key("options");
  w.begin_object();
  for (const auto& [key, value] : input.options) member(w, key, value);
  w.end_object();
  w.end_object();
  out += '\n';
  return out;
}

}  // namespace zz::report
