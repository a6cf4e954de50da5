// dump_json() and JsonObjectWriter: the one way zz_report turns JSON into text. A file name given on
// the command line may be any bytes; invalid UTF-8 in a string becomes U+FFFD instead of an
// exception (which would turn a valid report into an internal error).
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace zz::report {

/// `j` as JSON text, indented by 2 when `pretty`, on one line otherwise; no trailing newline.
inline std::string dump_json(const nlohmann::ordered_json& j, bool pretty) {
  return j.dump(pretty ? 2 : -1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

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
