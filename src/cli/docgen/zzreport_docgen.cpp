// zzreport-docgen OUTDIR: writes zzreport's man pages (OUTDIR/man1/zzreport.1 and one per command)
// and shell completions (OUTDIR/bash-completion/zzreport, OUTDIR/zsh/_zzreport) from the command
// line's own definitions. Run at build time; `cmake --install` installs what it wrote.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>

#include "command_line.hpp"
#include "manual.hpp"

#ifndef ZZREPORT_VERSION
#define ZZREPORT_VERSION "0.0.0"
#endif

namespace {

bool write(const std::filesystem::path& path, const std::string& text) {
  std::filesystem::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary);
  out << text;
  if (!out) std::cerr << "zzreport-docgen: cannot write " << path.string() << "\n";
  return static_cast<bool>(out);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: zzreport-docgen OUTDIR\n";
    return 2;
  }
  std::filesystem::path dir = argv[1];
  std::unique_ptr<zz::cli::CommandLine> line = zz::cli::make_command_line();
  const CLI::App& app = line->app;
  bool ok = write(dir / "man1" / "zzreport.1", zz::cli::man_page(app, app, ZZREPORT_VERSION));
  for (const CLI::App* command : app.get_subcommands([](const CLI::App*) { return true; })) {
    ok = write(dir / "man1" / ("zzreport-" + command->get_name() + ".1"),
               zz::cli::man_page(app, *command, ZZREPORT_VERSION)) &&
         ok;
  }
  ok = write(dir / "bash-completion" / "zzreport", zz::cli::bash_completion(app)) && ok;
  ok = write(dir / "zsh" / "_zzreport", zz::cli::zsh_completion(app)) && ok;
  return ok ? 0 : 1;
}
