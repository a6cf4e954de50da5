#!/usr/bin/env bash
# Runs `zzreport analyze` on every file of the corpus (default: ../shared/corpus) and fails if any
# run exits non-zero. Prints the number of files and the warnings by kind over the whole corpus.
#   scripts/corpus-check.sh [--bin PATH] [--keep DIR] [CORPUS_DIR]
#   --bin   the zzreport binary (default: build/src/cli/zzreport)
#   --keep  write each JSON report to DIR (one file per input, path with / replaced by __)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bin="$root/build/src/cli/zzreport"
keep=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --bin) bin="$2"; shift 2 ;;
    --keep) keep="$2"; shift 2 ;;
    -h|--help) sed -n '2,6p' "$0"; exit 0 ;;
    *) break ;;
  esac
done
corpus="${1:-$root/../shared/corpus}"
[[ -x "$bin" ]] || { echo "corpus-check: no binary at $bin (build first)" >&2; exit 2; }
[[ -d "$corpus" ]] || { echo "corpus-check: no corpus at $corpus" >&2; exit 2; }
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
[[ -n "$keep" ]] && mkdir -p "$keep"

# One process per file so that every failure is seen with its exit code and message.
export bin out keep
find "$corpus" -type f \( -name '*.md' -o -name '*.txt' \) -print0 | sort -z |
  xargs -0 -P "$(nproc)" -I{} bash -c '
    f="$1"; name="${f//\//__}"
    if "$bin" analyze --format json "$f" > "$out/$name.json" 2> "$out/$name.err"; then
      [[ -n "$keep" ]] && cp "$out/$name.json" "$keep/$name.json"
      exit 0
    else
      echo "FAIL ($?): $f: $(head -c 300 "$out/$name.err")"
      touch "$out/$name.failed"
    fi' _ {}

files=$(find "$out" -name '*.json' | wc -l)
failed=$(find "$out" -name '*.failed' | wc -l)
echo "files: $files, failed: $failed"
echo "warnings by kind:"
cat "$out"/*.json | grep -o '"kind": *"[a-z_]*"' | sed 's/.*"\([a-z_]*\)"$/\1/' | sort | uniq -c | sort -rn
[[ "$failed" -eq 0 ]]
