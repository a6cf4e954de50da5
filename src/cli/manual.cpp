// man_page(), bash_completion(), zsh_completion(): the command line's definitions written as roff
// and as completion scripts.
#include "manual.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <string_view>
#include <vector>

namespace zz::cli {
namespace {

/// What a page or a completion needs to know of one option.
struct OptionInfo {
  std::vector<std::string> flags;    ///< -f, --format; empty for a positional
  std::string value;                 ///< FORMAT; empty for a flag
  std::vector<std::string> choices;  ///< the values of a set (IsMember), else empty
  std::string description;
  bool positional = false;
};

/// The values of an IsMember validator, which CLI11 writes into the type name: "TEXT:{a,b,c}".
std::vector<std::string> choices_of(const std::string& type_name) {
  std::size_t open = type_name.find('{');
  std::size_t close = type_name.find('}', open);
  std::vector<std::string> out;
  if (open == std::string::npos || close == std::string::npos) return out;
  std::string_view list(type_name.data() + open + 1, close - open - 1);
  while (!list.empty()) {
    std::size_t comma = list.find(',');
    out.emplace_back(list.substr(0, comma));
    if (comma == std::string_view::npos) break;
    list.remove_prefix(comma + 1);
  }
  return out;
}

std::string upper(std::string_view text) {
  std::string out;
  for (char ch : text) {
    out += ch == '-' ? '_' : static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  }
  return out;
}

std::vector<OptionInfo> options_of(const CLI::App& command) {
  std::vector<OptionInfo> out;
  for (const CLI::Option* opt : command.get_options()) {
    OptionInfo info;
    info.description = opt->get_description();
    info.choices = choices_of(opt->get_type_name());
    if (opt->get_positional() && opt->get_lnames().empty() && opt->get_snames().empty()) {
      info.positional = true;
      info.value = upper(opt->get_name(true));
      out.push_back(std::move(info));
      continue;
    }
    for (const std::string& s : opt->get_snames()) info.flags.push_back("-" + s);
    for (const std::string& l : opt->get_lnames()) info.flags.push_back("--" + l);
    if (opt->get_items_expected_max() > 0) {
      info.value = opt->get_lnames().empty() ? std::string("VALUE") : upper(opt->get_lnames()[0]);
    }
    out.push_back(std::move(info));
  }
  return out;
}

std::vector<const CLI::App*> commands_of(const CLI::App& app) {
  return app.get_subcommands([](const CLI::App*) { return true; });
}

/// Text safe in roff: backslashes and hyphens escaped, a leading dot or quote made literal, and a
/// break point after a comma in a list without spaces (a,b,c), which troff could not fill.
std::string roff(std::string_view text) {
  std::string out;
  bool line_start = true;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char ch = text[i];
    if (line_start && (ch == '.' || ch == '\'')) out += "\\&";
    if (ch == '\\') {
      out += "\\e";
    } else if (ch == '-') {
      out += "\\-";
    } else if (ch == ',' && i + 1 < text.size() && text[i + 1] != ' ') {
      out += ",\\:";
    } else {
      out += ch;
    }
    line_start = ch == '\n';
  }
  return out;
}

/// The name of a page: zzreport, zzreport-analyze.
std::string page_name(const CLI::App& app, const CLI::App& command) {
  return &command == &app ? "zzreport" : "zzreport-" + command.get_name();
}

constexpr std::string_view kTopDescription =
    "zzreport reads Chinese policy documents \\- government work reports, party congress reports, "
    "five\\-year plans \\- and tells a person, a shell script or another program what is in them: "
    "their structure, key terms and phrases, every quantified target and reported result "
    "(indicator, comparator, value, unit, hedge, deadline, quote, position), the numbered "
    "formulations, and what is wrong with the text itself. Whole archives are read in parallel; "
    "the output is JSON, JSON Lines, Markdown, CSV, HTML or a terminal view.\n";

constexpr std::string_view kSharedSections =
    ".SH EXIT STATUS\n"
    ".TP\n.B 0\nEverything was read and written.\n"
    ".TP\n.B 1\nAn input could not be read or decoded, or an output could not be written; the "
    "other "
    "inputs of a batch are still analysed.\n"
    ".TP\n.B 2\nA usage error: an unknown command, option or value.\n"
    ".TP\n.B 3\nAn internal error.\n"
    ".SH FILES\n"
    ".TP\n.I <prefix>/share/zzreport/\n"
    "The data files: the segmentation lexicon (lexicon.bin), the IDF table (idf.tsv), stop words, "
    "the region table (regions.tsv), the canonical indicators (indicators.tsv) and the rule "
    "vocabularies (rules/). An installed zzreport finds them beside its own directory "
    "(<bin>/../share/zzreport), wherever it was installed.\n"
    ".SH ENVIRONMENT\n"
    ".TP\n.B ZZREPORT_DATA_DIR\nA data directory to use instead of the installed one "
    "(\\-\\-data\\-dir overrides it).\n"
    ".TP\n.B NO_COLOR\nWhen set and not empty, the terminal view is not coloured.\n";

}  // namespace

std::string man_page(const CLI::App& app, const CLI::App& command, const std::string& version) {
  bool top = &command == &app;
  std::string name = page_name(app, command);
  // Left-aligned: option texts hold long words (lists, paths) that a justified line cannot stretch.
  std::string out = fmt::format(
      ".TH \"{}\" \"1\" \"\" \"zzreport {}\" \"zzreport manual\"\n.ad l\n", upper(name), version);
  out += fmt::format(".SH NAME\n{} \\- {}\n", roff(name), roff(command.get_description()));
  std::vector<OptionInfo> options = options_of(command);
  out += ".SH SYNOPSIS\n";
  if (top) {
    out +=
        ".B zzreport\n\\fICOMMAND\\fR [\\fIOPTIONS\\fR] [\\fIARGUMENTS\\fR]\n.br\n"
        ".B zzreport\n\\-\\-help | \\-\\-version\n";
  } else {
    out += fmt::format(".B zzreport {}\n[\\fIOPTIONS\\fR]", roff(command.get_name()));
    for (const OptionInfo& o : options) {
      if (o.positional) out += fmt::format(" \\fI{}\\fR...", roff(o.value));
    }
    out += "\n";
  }
  out += ".SH DESCRIPTION\n";
  out += top ? std::string(kTopDescription) : roff(command.get_description()) + ".\n";
  if (top) {
    out += ".SH COMMANDS\n";
    for (const CLI::App* sub : commands_of(app)) {
      out += fmt::format(".TP\n.B {}\n{} (\\fBzzreport\\-{}\\fR(1))\n", roff(sub->get_name()),
                         roff(sub->get_description()), roff(sub->get_name()));
    }
  }
  out += ".SH OPTIONS\n";
  for (const OptionInfo& o : options) {
    std::string head;
    if (o.positional) {
      head = fmt::format("\\fI{}\\fR", roff(o.value));
    } else {
      for (const std::string& flag : o.flags) {
        head += fmt::format("{}\\fB{}\\fR", head.empty() ? "" : ", ", roff(flag));
      }
      if (!o.value.empty()) head += fmt::format(" \\fI{}\\fR", roff(o.value));
    }
    out += fmt::format(".TP\n{}\n{}\n", head, roff(o.description));
    if (!o.choices.empty()) {
      std::string list;
      for (const std::string& c : o.choices) list += (list.empty() ? "" : ", ") + c;
      out += fmt::format(".br\nOne of: {}.\n", roff(list));
    }
  }
  std::string footer = command.get_footer();
  while (!footer.empty() && footer.back() == '\n') footer.pop_back();
  if (!footer.empty()) out += fmt::format(".SH NOTES\n.nf\n{}\n.fi\n", roff(footer));
  out += kSharedSections;
  out += ".SH SEE ALSO\n";
  std::vector<std::string> others;
  if (!top) others.push_back("zzreport");
  for (const CLI::App* sub : commands_of(app)) {
    if (sub != &command) others.push_back("zzreport-" + sub->get_name());
  }
  for (std::size_t i = 0; i < others.size(); ++i) {
    out += fmt::format(".BR {} (1){}\n", roff(others[i]), i + 1 < others.size() ? "," : "");
  }
  return out;
}

std::string bash_completion(const CLI::App& app) {
  std::string commands;
  std::string values;   // case arms: command:option) the values of a set
  std::string options;  // case arms: command) its options
  for (const CLI::App* sub : commands_of(app)) {
    commands += (commands.empty() ? "" : " ") + sub->get_name();
    std::string flags;
    for (const OptionInfo& o : options_of(*sub)) {
      for (const std::string& flag : o.flags) {
        flags += (flags.empty() ? "" : " ") + flag;
        if (o.choices.empty()) continue;
        std::string list;
        for (const std::string& c : o.choices) list += (list.empty() ? "" : " ") + c;
        values +=
            fmt::format("    {}:{}) COMPREPLY=($(compgen -W \"{}\" -- \"$cur\")); return ;;\n",
                        sub->get_name(), flag, list);
      }
    }
    options += fmt::format("    {}) opts=\"{}\" ;;\n", sub->get_name(), flags);
  }
  return fmt::format(
      "# bash completion for zzreport, generated from its command line by zzreport-docgen.\n"
      "_zzreport() {{\n"
      "  local cur=\"${{COMP_WORDS[COMP_CWORD]}}\" prev=\"${{COMP_WORDS[COMP_CWORD-1]}}\"\n"
      "  local cmd=\"\" opts=\"\" i\n"
      "  for ((i = 1; i < COMP_CWORD; i++)); do\n"
      "    case \"${{COMP_WORDS[i]}}\" in -*) ;; *) cmd=\"${{COMP_WORDS[i]}}\"; break ;; esac\n"
      "  done\n"
      "  if [[ -z $cmd ]]; then\n"
      "    COMPREPLY=($(compgen -W \"{} --help --version\" -- \"$cur\"))\n"
      "    return\n"
      "  fi\n"
      "  case \"$cmd:$prev\" in\n{}  esac\n"
      "  case \"$cmd\" in\n{}  esac\n"
      "  if [[ $cur == -* ]]; then\n"
      "    COMPREPLY=($(compgen -W \"$opts\" -- \"$cur\"))\n"
      "    return\n"
      "  fi\n"
      "  COMPREPLY=($(compgen -f -- \"$cur\"))\n"
      "}}\n"
      "complete -o filenames -o bashdefault -F _zzreport zzreport\n",
      commands, values, options);
}

namespace {

/// Text inside '...' for zsh: a single quote closed, escaped and reopened; brackets and colons,
/// which _arguments and _describe read, escaped.
std::string zsh_text(std::string_view text) {
  std::string out;
  for (char ch : text) {
    if (ch == '\'') {
      out += "'\\''";
    } else if (ch == ':' || ch == '[' || ch == ']') {
      out += '\\';
      out += ch;
    } else {
      out += ch;
    }
  }
  return out;
}

}  // namespace

std::string zsh_completion(const CLI::App& app) {
  std::string commands;
  std::string arms;
  for (const CLI::App* sub : commands_of(app)) {
    commands +=
        fmt::format("    '{}:{}'\n", zsh_text(sub->get_name()), zsh_text(sub->get_description()));
    std::string specs;
    for (const OptionInfo& o : options_of(*sub)) {
      if (o.positional) continue;
      std::string action;
      if (!o.value.empty()) {
        std::string list;
        for (const std::string& c : o.choices) list += (list.empty() ? "" : " ") + c;
        action = o.choices.empty() ? fmt::format(":{}:_files", zsh_text(o.value))
                                   : fmt::format(":{}:({})", zsh_text(o.value), list);
      }
      for (const std::string& flag : o.flags) {
        specs += fmt::format(" \\\n        '{}[{}]{}'", flag, zsh_text(o.description), action);
      }
    }
    arms += fmt::format("    {})\n      _arguments -s{} \\\n        '*:file:_files' ;;\n",
                        sub->get_name(), specs);
  }
  return fmt::format(
      "#compdef zzreport\n"
      "# zsh completion for zzreport, generated from its command line by zzreport-docgen.\n"
      "_zzreport() {{\n"
      "  local -a commands\n"
      "  commands=(\n{}  )\n"
      "  if (( CURRENT == 2 )); then\n"
      "    _describe 'command' commands\n"
      "    return\n"
      "  fi\n"
      "  case ${{words[2]}} in\n{}  esac\n"
      "}}\n"
      "_zzreport \"$@\"\n",
      commands, arms);
}

}  // namespace zz::cli
