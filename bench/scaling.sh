#!/usr/bin/env bash
# Scaling benchmark of docs/scaling.md: the whole corpus through `zzreport analyze --format jsonl`
# with 1 and 2 jobs (or the job counts given), each line checked to be valid JSON, with wall time,
# documents/s, MB/s and peak memory from /usr/bin/time -v. Prints a Markdown table row per run.
# Usage: bench/scaling.sh [ZZREPORT] [CORPUS_DIR] [JOBS...]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
zz="${1:-$root/build/src/cli/zzreport}"
corpus="${2:-$root/../shared/corpus/gov-reports}"
shift $(( $# >= 2 ? 2 : $# ))
jobs=("$@")
((${#jobs[@]})) || jobs=(1 2)
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

docs=$(find "$corpus" -type f | wc -l)
bytes=$(find "$corpus" -type f -printf '%s\n' | awk '{s += $1} END {print s}')
mb=$(awk -v b="$bytes" 'BEGIN {printf "%.1f", b / 1e6}')
echo "corpus: $corpus ($docs files, $mb MB); load average: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
echo "| jobs | wall s | documents/s | MB/s | peak RSS MB | user+sys s | lines | valid JSON | errors |"
echo "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
for j in "${jobs[@]}"; do
  status=0
  /usr/bin/time -v -o "$tmp/time" "$zz" analyze --format jsonl --jobs "$j" --quiet "$corpus" \
    >"$tmp/out.jsonl" 2>"$tmp/err" || status=$?
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s}' "$tmp/time")
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$tmp/time")
  cpu=$(awk -F': ' '/User time/ {u = $2} /System time/ {s = $2} END {printf "%.1f", u + s}' "$tmp/time")
  lines=$(wc -l <"$tmp/out.jsonl")
  valid=$(jq -c 'select(type == "object") | 1' "$tmp/out.jsonl" 2>/dev/null | wc -l)
  errors=$(jq -c 'select(.error) | 1' "$tmp/out.jsonl" 2>/dev/null | wc -l)
  awk -v j="$j" -v w="$wall" -v d="$docs" -v b="$bytes" -v r="$rss" -v c="$cpu" -v l="$lines" -v v="$valid" -v e="$errors" \
    'BEGIN {printf "| %d | %.2f | %.1f | %.2f | %s | %s | %d | %d | %d |\n", j, w, d / w, b / 1e6 / w, r, c, l, v, e}'
  [[ $status -le 1 ]] || { echo "zzreport exited $status:" >&2; cat "$tmp/err" >&2; exit 1; }
done
