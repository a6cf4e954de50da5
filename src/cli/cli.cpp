// run(): parse the command line, dispatch to the chosen subcommand, report errors in one line.
#include "cli.hpp"

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <iostream>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "command_line.hpp"
#include "commands.hpp"
#include "exit_status.hpp"
#include "version.hpp"
#include "zzreport/text/error.hpp"

namespace zz::cli {
namespace {

/// `trend TERM... -- FILE...`: CLI11 2.1 hands the arguments after a subcommand's `--` to the
/// parent app, which takes no positionals, so for trend they are taken out before parsing and
/// given to the command as its inputs (nullopt: no `--`). Other commands parse `--` as CLI11 does.
std::optional<std::vector<std::string>> split_trend_inputs(int& argc, const char* const* argv) {
  if (argc < 2 || std::string_view(argv[1]) != "trend") return std::nullopt;
  for (int i = 2; i < argc; ++i) {
    if (std::string_view(argv[i]) == "--") {
      std::vector<std::string> inputs(argv + i + 1, argv + argc);
      argc = i;
      return inputs;
    }
  }
  return std::nullopt;
}

}  // namespace

std::unique_ptr<CommandLine> make_command_line(
    std::optional<std::vector<std::string>> trend_inputs) {
  auto line = std::make_unique<CommandLine>();
  CLI::App& app = line->app;
  app.set_version_flag("--version", version_text,
                       "Print the version, the data files' versions and ICU's");
  app.require_subcommand(1);
  app.footer("Run 'zzreport COMMAND --help' for a command's options and examples.");

  std::vector<Command>& commands = line->commands;
  commands.push_back(add_analyze(app));
  commands.push_back(add_segment(app));
  commands.push_back(add_lexicon(app));
  commands.push_back(add_targets(app));
  commands.push_back(add_panel(app));
  commands.push_back(add_track(app));
  commands.push_back(add_compare(app));
  commands.push_back(add_keywords(app));
  commands.push_back(add_idf(app));
  commands.push_back(add_kwic(app));
  commands.push_back(add_contrast(app));
  commands.push_back(add_trend(app, std::move(trend_inputs)));

  // `zzreport help [COMMAND]`: the same text as `zzreport [COMMAND] --help`, man-style.
  line->help = app.add_subcommand("help", "Show help for zzreport or one of its commands");
  line->help->add_option("command", line->help_topic, "The command to explain");
  line->help->footer("Examples:\n  zzreport help analyze\n  zzreport analyze --help\n");
  return line;
}

int run(int argc, const char* const* argv, std::ostream& out, std::ostream& err) {
  std::optional<std::vector<std::string>> trend_inputs = split_trend_inputs(argc, argv);
  std::unique_ptr<CommandLine> line = make_command_line(std::move(trend_inputs));
  CLI::App& app = line->app;
  std::vector<Command>& commands = line->commands;
  CLI::App* help = line->help;
  const std::string& help_topic = line->help_topic;

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // CLI11 2.1 uses its own exit codes (105, 106, ...): usage errors are 2 here.
    if (e.get_exit_code() == 0) {
      out << (e.get_name() == "CallForVersion" ? std::string(e.what()) + "\n" : app.help());
      if (e.get_name() == "CallForHelp" && !app.get_subcommands().empty()) {
        out.flush();
      }
      return kExitOk;
    }
    err << "zzreport: error: " << e.what() << "\n";
    err << "Run 'zzreport --help' for usage.\n";
    return kExitUsage;
  }

  if (help->parsed()) {
    CLI::App* topic = &app;
    if (!help_topic.empty()) {
      try {
        topic = app.get_subcommand(help_topic);
      } catch (const CLI::OptionNotFound&) {
        err << "zzreport: error: no command '" << help_topic << "'\n";
        err << "Run 'zzreport --help' for the list of commands.\n";
        return kExitUsage;
      }
    }
    // App::help() would describe the selected `help` command itself: format the topic directly.
    std::string name = topic == &app ? "zzreport" : "zzreport " + topic->get_name();
    out << app.get_formatter()->make_help(topic, name, CLI::AppFormatMode::Normal);
    return kExitOk;
  }

  Io io{out, err, &out == &std::cout && ::isatty(STDOUT_FILENO) == 1,
        &err == &std::cerr && ::isatty(STDERR_FILENO) == 1};
  try {
    for (const Command& command : commands) {
      int status = command(io);
      if (status >= 0) return status;
    }
    return kExitUsage;
  } catch (const Error& e) {
    err << "zzreport: error: " << e.message() << "\n";
    return exit_status_for(e.kind());
  } catch (const std::exception& e) {
    err << "zzreport: error: " << e.what() << "\n";
    return kExitInternal;
  }
}

}  // namespace zz::cli
