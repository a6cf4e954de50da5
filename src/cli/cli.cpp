// run(): parse the command line, dispatch to the chosen subcommand, report errors in one line.
#include "cli.hpp"

#include <CLI/CLI.hpp>
#include <unistd.h>

#include <iostream>
#include <vector>

#include "commands.hpp"
#include "exit_status.hpp"
#include "zzreport/text/error.hpp"

#ifndef ZZREPORT_VERSION
#define ZZREPORT_VERSION "0.0.0"
#endif

namespace zz::cli {

int run(int argc, const char* const* argv, std::ostream& out, std::ostream& err) {
  CLI::App app("zzreport: what is in a Chinese policy document", "zzreport");
  app.set_version_flag("--version", "zzreport " ZZREPORT_VERSION);
  app.require_subcommand(1);
  app.footer("Run 'zzreport COMMAND --help' for a command's options and examples.");

  std::vector<Command> commands;
  commands.push_back(add_analyze(app));
  commands.push_back(add_targets(app));
  commands.push_back(add_compare(app));
  commands.push_back(add_keywords(app));
  commands.push_back(add_idf(app));

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
