#!/usr/bin/env bash
# Sets up, builds and runs every test (the README's second command, and what CI runs):
#   0. the layout of the C++ files changed (scripts/check-format.sh: against origin/main, else the
#      last commit);
#   1. a Release build with warnings as errors: unit, end-to-end and evaluation tests;
#   2. a Debug build with AddressSanitizer and UndefinedBehaviorSanitizer: the unit tests;
#   3. a clang build of the libFuzzer targets (fuzz/), each run for ZZ_FUZZ_SECONDS (default 5 s; with seed 1, a fixed sweep).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/setup.sh"

echo "== format check (clang-format-14): the C++ files changed" >&2
"$root/scripts/check-format.sh"

echo "== release build (-Werror): all tests" >&2
"$root/scripts/build.sh" "$root/build" -DZZREPORT_WERROR=ON -DZZREPORT_BUILD_TESTS=ON
ctest --test-dir "$root/build" --output-on-failure --parallel "$(nproc)"

echo "== sanitizer build (address;undefined): unit tests" >&2
TARGET=unit_tests "$root/scripts/build.sh" "$root/build-asan" -DCMAKE_BUILD_TYPE=Debug -DZZREPORT_WERROR=ON \
  -DZZREPORT_BUILD_TESTS=ON -DZZREPORT_BUILD_BENCH=OFF "-DZZREPORT_SANITIZE=address;undefined"
ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
  ctest --test-dir "$root/build-asan" --output-on-failure --parallel "$(nproc)" -L unit

echo "== fuzz build (clang, address;undefined): each target for ${ZZ_FUZZ_SECONDS:-5} s" >&2
"$root/scripts/fuzz.sh" "${ZZ_FUZZ_SECONDS:-5}"
