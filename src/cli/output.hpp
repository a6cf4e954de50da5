// Output destinations: standard output, or a file written whole or not at all.
#pragma once

#include <iosfwd>
#include <string>
#include <string_view>

namespace zz::cli {

/// Collects output for one destination. For a file, the text goes to a temporary file beside it
/// that commit() renames into place; a Sink destroyed without commit() removes the temporary.
class Sink {
 public:
  /// "-" or empty means `stdout_stream`. Opens the temporary file at once, so that an unwritable
  /// path is reported before any work is done (zz::Error(output)).
  Sink(std::string path, std::ostream& stdout_stream);
  ~Sink();
  Sink(const Sink&) = delete;
  Sink& operator=(const Sink&) = delete;

  void write(std::string_view text);
  void commit();

 private:
  std::string path_;
  std::string temp_path_;
  std::ostream* stream_ = nullptr;  // set when writing to standard output
  int fd_ = -1;
};

/// Whether to colour a terminal view for `--color` `option` (auto, always, never): auto colours a
/// terminal with NO_COLOR unset or empty (no-color.org) and TERM not dumb.
bool color_wanted(std::string_view option, bool to_terminal);

}  // namespace zz::cli
