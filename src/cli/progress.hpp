// Progress: a one-line progress bar on standard error for batch runs (done/total, rate, ETA).
#pragma once

#include <chrono>
#include <cstddef>
#include <iosfwd>
#include <optional>
#include <string>

namespace zz::cli {

/// The bar's text for `done` of `total` (unknown for JSON Lines input) after `seconds`, at most
/// `width` columns: "[#####.....] 120/1185  35.2 docs/s  ETA 0:30". Pure, for tests.
std::string progress_line(std::size_t done, std::optional<std::size_t> total, double seconds,
                          std::size_t width = 80);

/// Redraws the bar at most ten times a second, and erases it at the end, so that the output and
/// the final summary are left clean. Draws nothing when not enabled.
class Progress {
 public:
  /// Enable it only when standard error is a terminal, there is more than one document, and the
  /// user did not ask for --quiet (see progress_wanted()).
  Progress(std::ostream& err, bool enabled, std::optional<std::size_t> total);
  ~Progress();
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  /// One more document done.
  void advance();
  /// Erases the bar (also done by the destructor).
  void finish();

 private:
  using Clock = std::chrono::steady_clock;
  std::ostream& err_;
  bool enabled_;
  bool drawn_ = false;
  std::optional<std::size_t> total_;
  std::size_t done_ = 0;
  Clock::time_point start_;
  Clock::time_point last_draw_;
};

/// Whether a bar is wanted: standard error (`err_is_terminal`) is a terminal, not `quiet`, and
/// there is more than one document (or an unknown number, as with JSON Lines on standard input).
bool progress_wanted(bool err_is_terminal, bool quiet, std::optional<std::size_t> total) noexcept;

}  // namespace zz::cli
