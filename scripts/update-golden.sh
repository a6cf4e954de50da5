#!/usr/bin/env bash
# Rebuilds zzreport and rewrites the expected outputs of the golden tests (tests/golden/<case>/),
# then shows what changed: read the diff before committing it.
# Usage: scripts/update-golden.sh [BUILD_DIR] [CASE...]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build}"
shift || true
cmake --build "$build" --target zzreport >/dev/null
python3 "$root/tests/golden/run_golden.py" --update --zzreport "$build/src/cli/zzreport" \
  --source-dir "$root" "$@"
git -C "$root" status --short -- tests/golden
git -C "$root" diff --stat -- tests/golden
