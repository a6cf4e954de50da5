// Tests of run_ordered(): input order whatever the jobs, failures as outcomes, the window bound.
#include "pipeline/batch.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace zz::pipeline {
namespace {

/// Tasks 0..n-1 returning their number; earlier tasks sleep longer, so that they finish out of
/// order.
NextTask counting_tasks(std::size_t n, std::size_t& issued) {
  return [n, &issued]() -> std::optional<Task> {
    if (issued == n) return std::nullopt;
    std::size_t i = issued++;
    return Task([i, n] {
      std::this_thread::sleep_for(std::chrono::microseconds((n - i) % 7 * 300));
      if (i % 5 == 3) throw Error(ErrorKind::input, "bad " + std::to_string(i));
      return std::to_string(i);
    });
  };
}

std::string run_with(unsigned jobs, std::size_t window = 0) {
  std::size_t issued = 0;
  std::string out;
  std::size_t expected = 0;
  run_ordered(counting_tasks(40, issued),
              [&](std::size_t index, Outcome& outcome) {
                EXPECT_EQ(index, expected++);
                out += outcome.error ? "E(" + outcome.error->message() + ")" : outcome.output;
                out += ';';
              },
              {jobs, window});
  return out;
}

TEST(RunOrdered, EmitsInInputOrderForAnyNumberOfJobs) {
  std::string one = run_with(1);
  EXPECT_EQ(one.substr(0, 22), "0;1;2;E(bad 3);4;5;6;7");
  EXPECT_EQ(run_with(2), one);
  EXPECT_EQ(run_with(4), one);
  EXPECT_EQ(run_with(3, 1), one);  // a window of one: strictly one task at a time
}

TEST(RunOrdered, TurnsOtherExceptionsIntoInternalErrors) {
  std::vector<std::string> seen;
  int calls = 0;
  run_ordered(
      [&]() -> std::optional<Task> {
        if (calls++ == 2) return std::nullopt;
        return Task([]() -> std::string { throw std::runtime_error("boom"); });
      },
      [&](std::size_t, Outcome& outcome) {
        ASSERT_TRUE(outcome.error);
        EXPECT_EQ(outcome.error->kind(), ErrorKind::internal);
        seen.push_back(outcome.error->what());
      },
      {2, 0});
  EXPECT_EQ(seen, (std::vector<std::string>{"boom", "boom"}));
}

TEST(RunOrdered, KeepsAtMostTheWindowInFlight) {
  constexpr std::size_t kWindow = 3;
  std::size_t issued = 0;
  std::size_t emitted = 0;
  std::size_t most = 0;
  run_ordered(
      [&]() -> std::optional<Task> {
        if (issued == 50) return std::nullopt;
        ++issued;
        most = std::max(most, issued - emitted);
        return Task([] { return std::string("x"); });
      },
      [&](std::size_t, Outcome&) { ++emitted; }, {4, kWindow});
  EXPECT_EQ(emitted, 50u);
  EXPECT_EQ(most, kWindow);
}

TEST(RunOrdered, AnExceptionFromEmitStopsTheRun) {
  std::size_t issued = 0;
  std::atomic<int> emitted{0};
  auto run = [&] {
    run_ordered(counting_tasks(100, issued),
                [&](std::size_t index, Outcome&) {
                  ++emitted;
                  if (index == 5) throw Error(ErrorKind::output, "disk full");
                },
                {2, 4});
  };
  EXPECT_THROW(run(), Error);
  EXPECT_EQ(emitted.load(), 6);
  EXPECT_LT(issued, 100u);  // the rest of the input was never read
}

TEST(RunOrdered, HandlesNoTasks) {
  int emitted = 0;
  run_ordered([]() -> std::optional<Task> { return std::nullopt; },
              [&](std::size_t, Outcome&) { ++emitted; }, {4, 0});
  EXPECT_EQ(emitted, 0);
}

}  // namespace
}  // namespace zz::pipeline
