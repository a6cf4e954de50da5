#!/usr/bin/env bash
# Rebuilds zzreport and rewrites the expected outputs of the golden tests (tests/golden/<case>/),
# then shows what changed: read the diff before committing it. The only way expected files are
# rewritten; refused when CI is set (CI compares, it never regenerates).
# Usage: scripts/update-golden.sh [BUILD_DIR] [CASE...]
set -euo pipefail
if [[ -n "${CI+set}" ]]; then
  echo "update-golden: refusing to rewrite the golden files when CI is set" >&2
  exit 2
fi
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build}"
shift || true
cmake --build "$build" --target zzreport >/dev/null
python3 "$root/tests/golden/run_golden.py" --update --zzreport "$build/src/cli/zzreport" \
  --source-dir "$root" "$@"
git -C "$root" status --short -- tests/golden
git -C "$root" diff --stat -- tests/golden
