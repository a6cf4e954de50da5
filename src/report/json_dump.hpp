// dump_json(): the one way zz_report turns a JSON tree into text. A file name given on the command
// line may be any bytes; invalid UTF-8 in a string becomes U+FFFD instead of an exception (which
// would turn a valid report into an internal error).
#pragma once

#include <nlohmann/json.hpp>
#include <string>

namespace zz::report {

/// `j` as JSON text, indented by 2 when `pretty`, on one line otherwise; no trailing newline.
inline std::string dump_json(const nlohmann::ordered_json& j, bool pretty) {
  return j.dump(pretty ? 2 : -1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

}  // namespace zz::report
