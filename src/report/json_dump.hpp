// dump_json(), JsonObjectWriter and JsonWriter: the one way zz_report turns JSON into text. A file name given on
// the command line may be any bytes; invalid UTF-8 in a string becomes U+FFFD instead of an
// exception (which would turn a valid report into an internal error).
#pragma once

#include <charconv>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "zzreport/text/utf8.hpp"

namespace zz::report {

/// `j` as JSON text, indented by 2 when `pretty`, on one line otherwise; no trailing newline.
inline std::string dump_json(const nlohmann::ordered_json& j, bool pretty) {
  return j.dump(pretty ? 2 : -1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

/// Writes JSON token by token straight into `out`, with exactly the layout of dump_json() (indent
/// 2 when pretty), for the values written by the thousand (quantities), where building a tree of
/// nlohmann objects first cost more than the analysis of some stages.
class JsonWriter {
 public:
  /// `depth`: the nesting depth of the value to write (its contents are indented one more).
  JsonWriter(std::string& out, bool pretty, unsigned depth = 0) : out_(out), pretty_(pretty), depth_(depth) {}

  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }
  void key(std::string_view k) {
    separate();
    append_string(k);
    out_ += pretty_ ? ": " : ":";
    after_key_ = true;
  }
  void string(std::string_view s) {
    separate();
    append_string(s);
  }
  void null() {
    separate();
    out_ += "null";
  }
  void boolean(bool b) {
    separate();
    out_ += b ? "true" : "false";
  }
  void integer(std::int64_t v) {
    separate();
    char buffer[24];
    auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, v);
    out_.append(buffer, end);
  }
  /// A double, formatted as nlohmann formats it (shortest round trip).
  void number(double v) {
    separate();
    serialize(nlohmann::ordered_json(v));
  }

 private:
  void open(char c) {
    separate();
    out_ += c;
    items_.push_back(0);
    ++depth_;
  }
  void close(char c) {
    --depth_;
    if (items_.back() > 0 && pretty_) newline();
    out_ += c;
    items_.pop_back();
  }
  /// Before a key or a value: nothing after a key; a comma and a new line between items.
  void separate() {
    if (after_key_) {
      after_key_ = false;
      return;
    }
    if (items_.empty()) return;
    if (items_.back()++ > 0) out_ += ',';
    if (pretty_) newline();
  }
  void newline() {
    out_ += '\n';
    out_.append(2 * static_cast<std::size_t>(depth_), ' ');
  }
  void serialize(const nlohmann::ordered_json& j) {
    nlohmann::detail::serializer<nlohmann::ordered_json> serializer(
        nlohmann::detail::output_adapter<char, std::string>(out_), ' ',
        nlohmann::ordered_json::error_handler_t::replace);
    serializer.dump(j, false, false, 0);
  }
  /// A string escaped as nlohmann escapes it (ensure_ascii off); invalid UTF-8 goes through
  /// nlohmann itself, which replaces it.
  void append_string(std::string_view s) {
    if (text::utf8::find_invalid_utf8(s) != s.size()) {
      serialize(nlohmann::ordered_json(std::string(s)));
      return;
    }
    out_ += '"';
    std::size_t from = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
      auto c = static_cast<unsigned char>(s[i]);
      if (c >= 0x20 && c != '"' && c != '\\') continue;
      out_.append(s, from, i - from);
      from = i + 1;
      switch (c) {
        case '"': out_ += "\\\""; break;
        case '\\': out_ += "\\\\"; break;
        case '\b': out_ += "\\b"; break;
        case '\t': out_ += "\\t"; break;
        case '\n': out_ += "\\n"; break;
        case '\f': out_ += "\\f"; break;
        case '\r': out_ += "\\r"; break;
        default: {
          static constexpr char kHex[] = "0123456789abcdef";
          out_ += "\\u00";
          out_ += kHex[c >> 4];
          out_ += kHex[c & 0xF];
        }
      }
    }
    out_.append(s, from, std::string::npos);
    out_ += '"';
  }

  std::string& out_;
  bool pretty_;
  unsigned depth_;
  bool after_key_ = false;
  std::vector<std::uint32_t> items_;  // per open container: items written so far
};

/// Writes a JSON object into `out` member by member, dumping each value as it comes, so that a
/// report of 20,000 quantities is never held as one JSON tree (that tree was most of the peak
/// memory on a 5 MB file). The text is exactly dump_json() of the whole object.
class JsonObjectWriter {
 public:
  explicit JsonObjectWriter(std::string& out, bool pretty) : out_(out), pretty_(pretty) { out_ += '{'; }

  void member(std::string_view key, const nlohmann::ordered_json& value) {
    open_member(key);
    append(value, 1);
  }

  /// A member whose value is an array written element by element: `each(emit)` calls
  /// emit(const ordered_json&) once per element, in order.
  template <typename Each>
  void array_member(std::string_view key, Each&& each) {
    open_member(key);
    out_ += '[';
    bool empty = true;
    each([&](const nlohmann::ordered_json& element) {
      if (!empty) out_ += ',';
      empty = false;
      if (pretty_) out_ += "\n    ";
      append(element, 2);
    });
    if (!empty && pretty_) out_ += "\n  ";
    out_ += ']';
  }

  /// The same, each element written by `each(write)`: write(JsonWriter&) writes one value.
  template <typename Each>
  void array_member_with(std::string_view key, Each&& each) {
    open_member(key);
    out_ += '[';
    bool empty = true;
    each([&](auto&& write_value) {
      if (!empty) out_ += ',';
      empty = false;
      if (pretty_) out_ += "\n    ";
      JsonWriter writer(out_, pretty_, 2);
      write_value(writer);
    });
    if (!empty && pretty_) out_ += "\n  ";
    out_ += ']';
  }

  /// Closes the object (call once, after the last member).
  void finish() {
    if (members_ > 0 && pretty_) out_ += '\n';
    out_ += '}';
  }

 private:
  void open_member(std::string_view key) {
    if (members_++ > 0) out_ += ',';
    if (pretty_) out_ += "\n  ";
    out_ += dump_json(nlohmann::ordered_json(key), false);
    out_ += pretty_ ? ": " : ":";
  }

  /// Appends `value` as it reads at nesting depth `depth`, serialised straight into out_ (what
  /// basic_json::dump() does internally, with a starting indentation).
  void append(const nlohmann::ordered_json& value, int depth) {
    nlohmann::detail::serializer<nlohmann::ordered_json> serializer(
        nlohmann::detail::output_adapter<char, std::string>(out_), ' ',
        nlohmann::ordered_json::error_handler_t::replace);
    serializer.dump(value, pretty_, false, pretty_ ? 2 : 0, pretty_ ? static_cast<unsigned>(2 * depth) : 0);
  }

  std::string& out_;
  bool pretty_;
  int members_ = 0;
};

}  // namespace zz::report
