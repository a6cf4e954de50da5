#!/usr/bin/env bash
# Runs two zzreport binaries over the same corpus and diffs what they write, command by command:
# the check that a refactoring keeps every output byte-identical (or that a fix changes only what
# it says it changes).
#   scripts/corpus-diff.sh [--keep DIR] [--cmd 'SUBCOMMAND ARGS'] BEFORE_BIN AFTER_BIN [CORPUS_DIR]
#   --keep  keep both outputs in DIR/before and DIR/after (default: a temporary folder, removed)
#   --cmd   a command to compare, repeatable (default: analyze -f jsonl, targets -f jsonl --kind any,
#           analyze -f md, analyze -f csv, keywords -f jsonl)
# A binary may be given with an environment in quotes ('env ZZREPORT_DATA_DIR=/tmp/old/data /tmp/old/zzreport').
# Exit status: 0 the outputs are identical, 1 they differ (the first differing lines are printed),
# 2 bad usage.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
keep=""
cmds=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --keep) keep="$2"; shift 2 ;;
    --cmd) cmds+=("$2"); shift 2 ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) break ;;
  esac
done
[[ $# -ge 2 ]] || { echo "corpus-diff: usage: corpus-diff.sh [--keep DIR] BEFORE_BIN AFTER_BIN [CORPUS_DIR]" >&2; exit 2; }
before="$1"
after="$2"
corpus="${3:-${ZZREPORT_SHARED_DIR:-$root/../shared}/corpus}"
[[ -d "$corpus" ]] || { echo "corpus-diff: no corpus at $corpus" >&2; exit 2; }
((${#cmds[@]})) || cmds=("analyze -f jsonl" "analyze -f md" "analyze -f csv" "targets -f jsonl --kind any" "keywords -f jsonl")
out="${keep:-$(mktemp -d)}"
[[ -n "$keep" ]] || trap 'rm -rf "$out"' EXIT
mkdir -p "$out/before" "$out/after"

list="$out/files.txt"
find "$corpus" -type f \( -name '*.md' -o -name '*.txt' \) | LC_ALL=C sort > "$list"
echo "corpus-diff: $(wc -l < "$list") files under $corpus" >&2

status=0
for cmd in "${cmds[@]}"; do
  name="$(echo "$cmd" | tr -c 'A-Za-z0-9_-' '_')"
  for side in before after; do
    bin="$before"
    [[ "$side" == after ]] && bin="$after"
    # shellcheck disable=SC2086  # a binary may carry its own flags
    $bin $cmd --jobs "$(nproc)" --files-from "$list" > "$out/$side/$name.out" 2> "$out/$side/$name.err" ||
      echo "corpus-diff: $side: '$cmd' exited $? (see $out/$side/$name.err)" >&2
  done
  if cmp -s "$out/before/$name.out" "$out/after/$name.out"; then
    echo "identical: $cmd ($(wc -l < "$out/after/$name.out") lines)"
  else
    status=1
    changed=$(diff "$out/before/$name.out" "$out/after/$name.out" | grep -c '^[<>]' || true)
    echo "DIFFERS: $cmd ($changed lines differ); first differences:"
    diff "$out/before/$name.out" "$out/after/$name.out" | head -c 3000 || true
    echo
  fi
done
exit "$status"
