// The subcommands: each registers its options on the CLI11 app and runs when chosen.
#pragma once

#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace zz::cli {

/// Streams a subcommand writes to; tests pass string streams.
struct Io {
  std::ostream& out;
  std::ostream& err;
  bool out_is_terminal = false;
  bool err_is_terminal = false;  ///< standard error is a terminal: progress bars may be drawn
};

/// A registered subcommand's body, run after parsing; returns the exit status.
using Command = std::function<int(const Io&)>;

Command add_analyze(CLI::App& app);
Command add_segment(CLI::App& app);
Command add_lexicon(CLI::App& app);
Command add_targets(CLI::App& app);
Command add_panel(CLI::App& app);
Command add_track(CLI::App& app);
Command add_compare(CLI::App& app);
Command add_idf(CLI::App& app);
Command add_keywords(CLI::App& app);
/// `inputs`: the arguments after the `--` of `trend TERM... -- FILE...` (nullopt without one),
/// which run() takes out of the command line before CLI11 parses it.
Command add_kwic(CLI::App& app);
Command add_contrast(CLI::App& app);
Command add_trend(CLI::App& app, std::optional<std::vector<std::string>> inputs);

}  // namespace zz::cli
