#!/usr/bin/env bash
# Sets up, builds and runs every test (the README's second command, and what CI runs):
#   0. the layout of every C++ file (scripts/check-format.sh --all: the whole tree is formatted, so a
#      file that drifts fails wherever the checkout came from);
#   1. a Release build with warnings as errors: unit, end-to-end and evaluation tests (those that need
#      the optional data in ../shared are skipped when it is absent, and counted at the end);
#   2. a Debug build with AddressSanitizer and UndefinedBehaviorSanitizer: the unit tests, and the
#      Python module's tests (tests/python/test_module.py) when pybind11 is there;
#   3. a clang build of the libFuzzer targets (fuzz/), each run for ZZ_FUZZ_SECONDS (default 5 s; with seed 1, a fixed sweep);
#   between 1 and 2, in CI (or with ZZREPORT_PACKAGE_CHECK=1, as root), the Debian package from the
#   release build: lintian, install, run, remove (scripts/package-check.sh).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/setup.sh"

echo "== format check (clang-format-14): every C++ file" >&2
"$root/scripts/check-format.sh" --all

echo "== release build (-Werror): all tests" >&2
"$root/scripts/build.sh" "$root/build" -DZZREPORT_WERROR=ON -DZZREPORT_BUILD_TESTS=ON
ctest --test-dir "$root/build" --output-on-failure --parallel "$(nproc)"
# Tests skip (never pass) when the optional data is absent: count them (a test whose output says
# "missing data: PATH") and name the paths, for the summary at the end.
missing_log="$root/build/Testing/Temporary/LastTest.log"
missing_tests=$(awk '/^[0-9]+\/[0-9]+ Testing: /{name=$3} /missing data: /{print name}' "$missing_log" | sort -u | wc -l)
missing_paths=$(grep -ho 'missing data: [^ ]*' "$missing_log" | sed 's/^missing data: //' | sort -u || true)
other_skips=$(grep -h '^SKIP  ' "$missing_log" || true)

# The Debian package from the same build: built, lintian, installed, used, removed (it changes the
# system, so only in CI or when asked: ZZREPORT_PACKAGE_CHECK=1, as root).
if [[ -n "${CI:-}" || "${ZZREPORT_PACKAGE_CHECK:-}" == 1 ]]; then
  echo "== Debian package: build, lintian, install, run, remove" >&2
  "$root/scripts/package-check.sh" "$root/build"
fi

echo "== sanitizer build (address;undefined): unit tests" >&2
TARGET=unit_tests "$root/scripts/build.sh" "$root/build-asan" -DCMAKE_BUILD_TYPE=Debug -DZZREPORT_WERROR=ON \
  -DZZREPORT_BUILD_TESTS=ON -DZZREPORT_BUILD_BENCH=OFF "-DZZREPORT_SANITIZE=address;undefined"
ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
  ctest --test-dir "$root/build-asan" --output-on-failure --parallel "$(nproc)" -L unit
# The Python module built the same way, its tests run by python3 with the sanitizers' runtimes
# preloaded (python3 itself is not instrumented; its own allocations at exit are not leaks of ours).
if grep -q '^ZZREPORT_BUILD_PYTHON:BOOL=ON' "$root/build-asan/CMakeCache.txt"; then
  echo "== sanitizer build (address;undefined): the Python module's tests" >&2
  TARGET=zz_python "$root/scripts/build.sh" "$root/build-asan" -DCMAKE_BUILD_TYPE=Debug \
    -DZZREPORT_WERROR=ON -DZZREPORT_BUILD_TESTS=ON -DZZREPORT_BUILD_BENCH=OFF \
    "-DZZREPORT_SANITIZE=address;undefined"
  LD_PRELOAD="$(gcc -print-file-name=libasan.so) $(gcc -print-file-name=libubsan.so)" \
    ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=print_stacktrace=1 ZZREPORT_CLI="$root/build/src/cli/zzreport" \
    "$root/tests/python/run_python.sh" "$(sed -n 's/^_Python_EXECUTABLE:INTERNAL=//p' \
    "$root/build-asan/CMakeCache.txt")" "$root/build-asan/python" -m pytest \
    "$root/tests/python/test_module.py"
fi

echo "== fuzz build (clang, address;undefined): each target for ${ZZ_FUZZ_SECONDS:-5} s" >&2
"$root/scripts/fuzz.sh" "${ZZ_FUZZ_SECONDS:-5}"

if [[ "$missing_tests" -gt 0 ]]; then
  echo "== $missing_tests tests skipped for missing data (README.md, 'Optional data'), absent:" >&2
  echo "$missing_paths" | sed 's/^/     /' >&2
fi
if [[ -n "$other_skips" ]]; then
  echo "== also skipped:" >&2
  echo "$other_skips" | sed 's/^/     /' >&2
fi
