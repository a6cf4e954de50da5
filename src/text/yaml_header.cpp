// read_yaml_header(): the few scalar keys of a report's front matter; not a YAML parser, since the
// corpus headers are flat `key: value` lines (title, source, url).
#include "yaml_header.hpp"

namespace zz::text {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

std::string unquote(std::string_view v) {
  if (v.size() >= 2 && (v.front() == '"' || v.front() == '\'') && v.back() == v.front()) {
    v = v.substr(1, v.size() - 2);
  }
  return std::string(v);
}

}  // namespace

std::optional<YamlHeader> read_yaml_header(std::string_view text) {
  constexpr int kMaxLines = 64;
  YamlHeader header;
  std::size_t pos = 0;
  for (int line_no = 0; line_no <= kMaxLines && pos < text.size(); ++line_no) {
    std::size_t eol = text.find('\n', pos);
    std::size_t next = eol == std::string_view::npos ? text.size() : eol + 1;
    std::string_view line =
        trim(text.substr(pos, next - pos - (eol == std::string_view::npos ? 0 : 1)));
    if (line_no == 0) {
      if (line != "---") return std::nullopt;
    } else if (line == "..." ||
               (line.size() >= 3 && line.find_first_not_of('-') == std::string_view::npos)) {
      // Closed by --- or a longer rule (----), as some published texts write it.
      header.end = next;
      return header;
    } else if (std::size_t colon = line.find(':'); colon != std::string_view::npos) {
      std::string_view key = trim(line.substr(0, colon));
      std::string value = unquote(trim(line.substr(colon + 1)));
      if (key == "title") {
        header.title = std::move(value);
      } else if ((key == "source" || key == "url") && header.source.empty()) {
        header.source = std::move(value);
      }
    }
    pos = next;
  }
  return std::nullopt;
}

}  // namespace zz::text
