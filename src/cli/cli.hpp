// The zzreport command line: run() parses arguments, dispatches to a subcommand and turns errors
// into one line on `err` and an exit code. main() only calls it.
#pragma once

#include <iosfwd>

namespace zz::cli {

int run(int argc, const char* const* argv, std::ostream& out, std::ostream& err);

}  // namespace zz::cli
