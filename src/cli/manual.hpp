// Manual pages and shell completions, generated from the command line's own definitions
// (command_line.hpp), so that they say what --help says. zzreport-docgen writes them at build
// time; `cmake --install` installs them.
#pragma once

#include <CLI/CLI.hpp>
#include <string>

namespace zz::cli {

/// The man page (roff, section 1) of `command`, a subcommand of `app`, or of zzreport itself when
/// `command` is &app: name, synopsis, description, every option as --help lists it, the command's
/// examples, and the sections every page shares (exit status, files, environment, see also).
std::string man_page(const CLI::App& app, const CLI::App& command, const std::string& version);

/// The bash completion script: subcommands, each command's options, the values of options that
/// take one of a set (--format), and file names.
std::string bash_completion(const CLI::App& app);

/// The zsh completion script (#compdef zzreport), with the same knowledge.
std::string zsh_completion(const CLI::App& app);

}  // namespace zz::cli
