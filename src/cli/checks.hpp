// Checks of option values with messages a user can act on: CLI11's PositiveNumber answered -k 0
// with "Value 0 not in range 0.000000 to 1797693134862315708...".
#pragma once

#include <CLI/CLI.hpp>
#include <cstdint>

namespace zz::cli {

/// Accepts a whole number of at least `least`; otherwise "must be a whole number of at least N".
CLI::Validator at_least(std::int64_t least);

}  // namespace zz::cli
