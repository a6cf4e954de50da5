#!/usr/bin/env bash
# Sets up, builds, and analyses the bundled sample report (the README's first command).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/setup.sh"
"$root/scripts/build.sh" "$root/build" -DZZREPORT_BUILD_TESTS=OFF -DZZREPORT_BUILD_BENCH=OFF
"$root/build/src/cli/zzreport" analyze --format md "$root/data/samples/zhuzhou-2021-party-congress.txt"
