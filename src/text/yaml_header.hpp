// The YAML front matter of Markdown reports (---, title:, source:, ---).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace zz::text {

struct YamlHeader {
  std::size_t end = 0;  ///< byte offset just past the closing "---" line
  std::string title;    ///< the `title:` value, unquoted; may be empty
  std::string source;   ///< the `source:` (or `url:`) value; may be empty
};

/// Reads a header that starts at the first byte ("---" alone on the first line) and ends at the
/// next "---" line within the first 64 lines. Returns nothing when the text has no such header.
std::optional<YamlHeader> read_yaml_header(std::string_view text);

}  // namespace zz::text
