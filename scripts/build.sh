#!/usr/bin/env bash
# Configures and builds zzreport. Usage: scripts/build.sh BUILD_DIR [CMAKE_ARGS...]
# TARGET=name builds one target (e.g. unit_tests: the unit-test binaries) instead of all.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="$1"
shift
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release "$@" >/dev/null
cmake --build "$build" --parallel "$(nproc)" ${TARGET:+--target "$TARGET"}
