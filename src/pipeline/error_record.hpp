// error_record(): the JSON line a batch gives for a document that failed, so that the command
// line's JSON Lines and the Python module's analyze_many() report a failure alike.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "zzreport/text/error.hpp"

namespace zz::pipeline {

/// "input", "usage", "data", "output" or "internal".
std::string_view error_kind_name(ErrorKind kind) noexcept;

/// {"path":...,"error":{"kind":...,"message":...}} and a newline; `id_json` (a JSON value, or
/// empty) comes first as "id", and `line` after "path" for a record of a JSON Lines input.
std::string error_record(std::string_view path, const Error& error, std::string_view id_json = {},
                         std::optional<std::size_t> line = std::nullopt);

}  // namespace zz::pipeline
