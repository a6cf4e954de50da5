#!/usr/bin/env bash
# Validates the JSON of EVERY report in ../shared/corpus against docs/schema/ (CI runs a sample of
# 100). Usage: scripts/validate-corpus.sh [BUILD_DIR] [SHARED_DIR]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build}"
shared="${2:-$root/../shared}"
cmake --build "$build" --target zzreport >/dev/null
python3 "$root/scripts/validate-corpus.py" --zzreport "$build/src/cli/zzreport" \
  --schema "$root/docs/schema/analysis.schema.json" --corpus "$shared/corpus"
