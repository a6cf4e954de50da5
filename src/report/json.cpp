// JsonWriter and append_json_string(): JSON text, its escaping and its layouts.
#include "zzreport/report/json.hpp"

#include <charconv>  // std::to_chars
#include <nlohmann/json.hpp>

namespace zz::report {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD in UTF-8

/// The length of the well-formed UTF-8 sequence at `s[i]` (a byte >= 0x80), or, when it is
/// ill-formed, minus the length of its maximal ill-formed prefix (at least 1): the bytes that one
/// U+FFFD replaces. The ranges of the second byte rule out overlongs (E0 80..9F, F0 80..8F),
/// surrogates (ED A0..BF) and code points above U+10FFFF (F4 90..BF).
int utf8_sequence(std::string_view s, std::size_t i) {
  auto c = static_cast<unsigned char>(s[i]);
  int length = 0;
  unsigned char low = 0x80;
  unsigned char high = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) {
    length = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    length = 3;
    if (c == 0xE0) low = 0xA0;
    if (c == 0xED) high = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    length = 4;
    if (c == 0xF0) low = 0x90;
    if (c == 0xF4) high = 0x8F;
  } else {
    return -1;  // a continuation byte without a lead, or a byte never used (C0, C1, F5..FF)
  }
  for (int k = 1; k < length; ++k) {
    std::size_t at = i + static_cast<std::size_t>(k);
    if (at == s.size()) return -k;
    auto next = static_cast<unsigned char>(s[at]);
    if (next < low || next > high) return -k;
    low = 0x80;
    high = 0xBF;
  }
  return length;
}

/// The two-character escape JSON has for `c`, or nothing (then it is written \u00XX).
std::string_view short_escape(unsigned char c) {
  switch (c) {
    case '"':
      return "\\\"";
    case '\\':
      return "\\\\";
    case '\b':
      return "\\b";
    case '\t':
      return "\\t";
    case '\n':
      return "\\n";
    case '\f':
      return "\\f";
    case '\r':
      return "\\r";
    default:
      return {};
  }
}

template <typename Integer>
void append_integer(std::string& out, Integer v) {
  char buffer[24];
  auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, v);
  out.append(buffer, end);
}

}  // namespace

void append_json_string(std::string& out, std::string_view s) {
  out += '"';
  std::size_t from = 0;  // start of the bytes not yet copied, which need no escape
  std::size_t i = 0;
  while (i < s.size()) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {
      int length = utf8_sequence(s, i);
      if (length > 0) {
        i += static_cast<std::size_t>(length);
        continue;
      }
      out.append(s, from, i - from);
      out += kReplacement;
      i += static_cast<std::size_t>(-length);
      from = i;
      continue;
    }
    if (c >= 0x20 && c != '"' && c != '\\') {
      ++i;
      continue;
    }
    out.append(s, from, i - from);
    if (std::string_view escape = short_escape(c); !escape.empty()) {
      out += escape;
    } else {
      static constexpr char kHex[] = "0123456789abcdef";
      out += "\\u00";
      out += kHex[c >> 4];
      out += kHex[c & 0xF];
    }
    from = ++i;
  }
  out.append(s, from, std::string_view::npos);
  out += '"';
}

void begin_document_object(JsonWriter& w, std::string_view record_id) {
  w.begin_object();
  if (!record_id.empty()) {
    w.key("id");
    w.raw(record_id);
  }
}

void JsonWriter::key(std::string_view name) {
  separate();
  append_json_string(out_, name);
  out_ += current_layout() == JsonLayout::compact ? ":" : ": ";
  after_key_ = true;
}

void JsonWriter::string(std::string_view s) {
  separate();
  append_json_string(out_, s);
}

void JsonWriter::null() {
  separate();
  out_ += "null";
}

void JsonWriter::boolean(bool b) {
  separate();
  out_ += b ? "true" : "false";
}

void JsonWriter::signed_integer(std::int64_t v) {
  separate();
  append_integer(out_, v);
}

void JsonWriter::unsigned_integer(std::uint64_t v) {
  separate();
  append_integer(out_, v);
}

void JsonWriter::number(double v) {
  separate();
  // nlohmann's digits (Grisu2) are not always the shortest that round-trip, which std::to_chars
  // gives: 0.003158 is written 0.0031580000000000002 (they differ for 1,414 of 10^6 doubles of
  // random bits). Its public dump() keeps every byte that earlier versions wrote.
  out_ += nlohmann::json(v).dump();
}

void JsonWriter::raw(std::string_view json) {
  separate();
  out_ += json;
}

void JsonWriter::open(char bracket, JsonLayout layout) {
  separate();
  out_ += bracket;
  open_.push_back({layout, 0});
  if (layout == JsonLayout::indented) ++indent_;
}

void JsonWriter::close(char bracket) {
  Container closed = open_.back();
  open_.pop_back();
  if (closed.layout == JsonLayout::indented) {
    --indent_;
    if (closed.items > 0) newline();
  }
  out_ += bracket;
}

/// Before a key, or a value that is not a member's: the separator from the previous item, and in
/// an indented container the item's own line. A member's value follows its key directly.
void JsonWriter::separate() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (open_.empty()) return;
  Container& container = open_.back();
  if (container.items++ > 0) out_ += container.layout == JsonLayout::spaced ? ", " : ",";
  if (container.layout == JsonLayout::indented) newline();
}

void JsonWriter::newline() {
  out_ += '\n';
  out_.append(2 * static_cast<std::size_t>(indent_), ' ');
}

}  // namespace zz::report
