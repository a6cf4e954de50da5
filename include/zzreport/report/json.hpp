// JsonWriter: the one way zzreport writes JSON text (analyze, targets, keywords, compare, segment,
// batch error records). It owns escaping, number formatting and layout, so that every output
// escapes and lays out alike; a string with invalid UTF-8 (a file name given on the command line
// may be any bytes) gets U+FFFD instead of failing the output.
#pragma once

#include <concepts>
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace zz::report {

/// How a JSON object or array lays out its items.
enum class JsonLayout : std::uint8_t {
  compact,   ///< {"a":1,"b":[2,3]}: one line, no spaces (JSON Lines)
  indented,  ///< one item a line, indented two spaces per indented container around it, ": "
             ///< after keys; an empty container stays {} or []
  spaced,    ///< {"a": 1, "b": [2, 3]}: one line, ", " between items and ": " after keys
};

/// Writes JSON value by value, appending to a string: begin_object(), key(), a value, ...,
/// end_object(). It only appends, so the caller may hand out and clear the string between values
/// (streaming a long output). The caller keeps the nesting right (a key before each value in an
/// object, every container closed); the writer does not check it.
class JsonWriter {
 public:
  /// `layout`: of the outermost container, and of every container opened without one (each takes
  /// its parent's layout).
  explicit JsonWriter(std::string& out, JsonLayout layout = JsonLayout::indented)
      : out_(out), layout_(layout) {}

  void begin_object() { open('{', current_layout()); }
  void begin_object(JsonLayout layout) { open('{', layout); }
  void end_object() { close('}'); }
  void begin_array() { open('[', current_layout()); }
  void begin_array(JsonLayout layout) { open('[', layout); }
  void end_array() { close(']'); }

  /// The name of the next member of the current object.
  void key(std::string_view name);

  void string(std::string_view s);
  void null();
  void boolean(bool b);
  template <std::integral T>
  void integer(T v) {
    if constexpr (std::is_signed_v<T>) {
      signed_integer(v);
    } else {
      unsigned_integer(v);
    }
  }
  /// A double as nlohmann::json writes it: 5000.0, 0.5, 1e-05, 1.5e+16; null when not finite.
  void number(double v);
  /// A value already written as JSON (a record's id as it was given), copied as it is.
  void raw(std::string_view json);

 private:
  struct Container {
    JsonLayout layout;
    std::uint32_t items;
  };
  JsonLayout current_layout() const { return open_.empty() ? layout_ : open_.back().layout; }
  void signed_integer(std::int64_t v);
  void unsigned_integer(std::uint64_t v);
  void open(char bracket, JsonLayout layout);
  void close(char bracket);
  void separate();
  void newline();

  std::string& out_;
  JsonLayout layout_;
  std::vector<Container> open_;
  std::uint32_t indent_ = 0;  // indented containers open
  bool after_key_ = false;
};

/// Appends `s` as a JSON string, quotes included: '"', '\\' and control characters escaped (\n,
/// \t, \b, \f, \r, else \u00XX), everything else as is (no \u escapes for non-ASCII); each
/// maximal ill-formed subsequence of UTF-8 (a stray byte, a truncated or overlong sequence, a
/// surrogate) becomes one U+FFFD, as Unicode recommends and as nlohmann::json's
/// error_handler_t::replace does.
void append_json_string(std::string& out, std::string_view s);

/// Opens the JSON object of one document's output. For a JSON Lines record, `record_id` is the
/// record's id as compact JSON ("null" when it has none), written as the first member, "id": how
/// a record's id reaches the output written for it. Empty for a file: no "id".
void begin_document_object(JsonWriter& w, std::string_view record_id);

}  // namespace zz::report
