// The command line of zzreport: the CLI11 app with every command and option, as run() parses it.
// The man pages and shell completions are generated from the same definitions (manual.hpp), so
// that they cannot drift from --help.
#pragma once

#include <CLI/CLI.hpp>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "commands.hpp"

namespace zz::cli {

struct CommandLine {
  CLI::App app{"zzreport: what is in a Chinese policy document", "zzreport"};
  std::vector<Command> commands;  ///< each runs when its subcommand was parsed
  CLI::App* help = nullptr;       ///< `zzreport help [COMMAND]`
  std::string help_topic;
};

/// Every command and option. `trend_inputs`: the arguments after trend's `--` (cli.cpp).
std::unique_ptr<CommandLine> make_command_line(
    std::optional<std::vector<std::string>> trend_inputs = std::nullopt);

}  // namespace zz::cli
