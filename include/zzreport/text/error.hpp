// zz::Error, the one exception family of zzreport: thrown where bad input is met, caught once in
// main.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>

namespace zz {

/// What went wrong, which decides the exit code (see zz::cli::ExitStatus).
enum class ErrorKind : std::uint8_t {
  input,     ///< an input file is unreadable, empty, binary or undecodable
  usage,     ///< the command line asks for something impossible
  data,      ///< a data file (lexicon, IDF, stop words, user dictionary) is missing or malformed
  output,    ///< an output file cannot be written
  internal,  ///< a library call failed unexpectedly (an ICU error, for instance)
};

/// An error with a kind, the file it concerns (may be empty) and a position such as
/// "byte 1234" or "line 7" (may be empty). what() is "reason" alone; use message() for the full
/// line.
class Error : public std::runtime_error {
 public:
  Error(ErrorKind kind, std::string reason, std::string file = {}, std::string where = {});

  ErrorKind kind() const noexcept { return kind_; }
  const std::string& file() const noexcept { return file_; }
  const std::string& where() const noexcept { return where_; }

  /// "FILE: reason (where)", the text printed after "zzreport: error: ".
  std::string message() const;

  /// A copy naming `file`, for errors thrown before the file was known.
  Error with_file(std::string file) const;

 private:
  ErrorKind kind_;
  std::string file_;
  std::string where_;
};

}  // namespace zz
