#!/usr/bin/env bash
# Speed bar of docs/trends.md: `zzreport trend` with ten terms over the whole corpus against
# `zzreport analyze -f jsonl --only outline` on the same files (both read, decode, normalise and
# structure every report; trend then counts, analyze writes the outline). Runs the two in turn
# RUNS times (default 5) and prints each run's wall time, the medians and their ratio (trend /
# analyze; the bar is at most 1.0).
# Usage: bench/trend_speed.sh [ZZREPORT] [CORPUS_DIR] [RUNS]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
zz="${1:-$root/build/src/cli/zzreport}"
corpus="${2:-$root/../shared/corpus}"
runs="${3:-5}"
terms=(改革 创新 高质量发展 科学发展观 和谐社会 供给侧结构性改革 脱贫攻坚 人民 经济 社会主义)

seconds() {  # wall seconds of a command, its output discarded
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null
  end=$(date +%s.%N)
  awk -v a="$start" -v b="$end" 'BEGIN {printf "%.3f", b - a}'
}
median() { sort -n | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

files=$(find "$corpus" -type f \( -name '*.md' -o -name '*.txt' \) | wc -l)
echo "corpus: $corpus ($files files); $runs alternating runs; load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2
trend_times=()
analyze_times=()
for ((i = 1; i <= runs; i++)); do
  a=$(seconds "$zz" analyze -f jsonl --only outline -q "$corpus")
  t=$(seconds "$zz" trend -q -f csv "${terms[@]}" -- "$corpus")
  analyze_times+=("$a")
  trend_times+=("$t")
  echo "run $i: analyze --only outline ${a} s, trend ${t} s" >&2
done
ma=$(printf '%s\n' "${analyze_times[@]}" | median)
mt=$(printf '%s\n' "${trend_times[@]}" | median)
ratio=$(awk -v t="$mt" -v a="$ma" 'BEGIN {printf "%.2f", t / a}')
echo "median: analyze -f jsonl --only outline ${ma} s, trend (10 terms) ${mt} s, ratio ${ratio}"
