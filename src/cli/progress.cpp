// Progress: drawing the bar with '\r' and erasing it with ANSI "erase line".
#include "progress.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <ostream>

namespace zz::cli {
namespace {

std::string clock_time(double seconds) {
  auto s = static_cast<long long>(seconds + 0.5);
  if (s >= 3600) return fmt::format("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60);
  return fmt::format("{}:{:02}", s / 60, s % 60);
}

}  // namespace

std::string progress_line(std::size_t done, std::optional<std::size_t> total, double seconds,
                          std::size_t width) {
  double rate = seconds > 0 ? static_cast<double>(done) / seconds : 0.0;
  std::string counts = total ? fmt::format("{}/{}", done, *total) : fmt::format("{} docs", done);
  std::string tail = fmt::format("  {:.1f} docs/s", rate);
  if (total && rate > 0 && done < *total) {
    tail += "  ETA " + clock_time(static_cast<double>(*total - done) / rate);
  }
  std::string line = counts + tail;
  if (total && *total > 0 && width > line.size() + 4) {
    std::size_t bar = std::min<std::size_t>(width - line.size() - 4, 30);
    std::size_t filled = bar * std::min(done, *total) / *total;
    line = fmt::format("[{}{}] {}", std::string(filled, '#'), std::string(bar - filled, '.'), line);
  }
  if (line.size() > width) line.resize(width);
  return line;
}

bool progress_wanted(bool err_is_terminal, bool quiet, std::optional<std::size_t> total) noexcept {
  return err_is_terminal && !quiet && (!total || *total > 1);
}

Progress::Progress(std::ostream& err, bool enabled, std::optional<std::size_t> total)
    : err_(err), enabled_(enabled), total_(total), start_(Clock::now()), last_draw_(start_) {}

Progress::~Progress() { finish(); }

void Progress::advance() {
  ++done_;
  if (!enabled_) return;
  Clock::time_point now = Clock::now();
  // Nothing for runs shorter than half a second; then at most ten redraws a second.
  if (now - start_ < std::chrono::milliseconds(500) ||
      now - last_draw_ < std::chrono::milliseconds(100)) {
    return;
  }
  last_draw_ = now;
  double seconds = std::chrono::duration<double>(now - start_).count();
  err_ << '\r' << progress_line(done_, total_, seconds) << "\x1b[K" << std::flush;
  drawn_ = true;
}

void Progress::finish() {
  if (!drawn_) return;
  err_ << "\r\x1b[K" << std::flush;
  drawn_ = false;
}

}  // namespace zz::cli
