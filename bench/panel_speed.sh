#!/usr/bin/env bash
# Times `zzreport panel` against `zzreport analyze -f jsonl` over the same files (the whole corpus
# by default), alternating the two RUNS times, and prints each median and the ratio panel/analyze
# (issue #15's bar: at most 1.3).
#   bench/panel_speed.sh [--runs N] [--jobs J] ZZREPORT [DIR...]
set -euo pipefail
runs=5
jobs=2
while [[ $# -gt 0 ]]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --jobs) jobs="$2"; shift 2 ;;
    -h|--help) sed -n '2,5p' "$0"; exit 0 ;;
    *) break ;;
  esac
done
[[ $# -ge 1 ]] || { echo "panel_speed: usage: panel_speed.sh [--runs N] [--jobs J] ZZREPORT [DIR...]" >&2; exit 2; }
bin="$1"
shift
root="$(cd "$(dirname "$0")/.." && pwd)"
dirs=("$@")
((${#dirs[@]})) || dirs=("${ZZREPORT_SHARED_DIR:-$root/../shared}/corpus")
list="$(mktemp)"
trap 'rm -f "$list"' EXIT
find "${dirs[@]}" -type f \( -name '*.md' -o -name '*.txt' \) | sort > "$list"
echo "panel_speed: $(wc -l < "$list") files, $runs alternating runs, --jobs $jobs"
seconds() {  # wall-clock seconds of one run, output discarded
  local start end
  start=$(date +%s.%N)
  "$bin" "$@" -q -j "$jobs" --files-from "$list" > /dev/null
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}
analyze=()
panel=()
for ((i = 0; i < runs; i++)); do
  analyze+=("$(seconds analyze -f jsonl)")
  panel+=("$(seconds panel -f csv)")
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
a=$(median "${analyze[@]}")
p=$(median "${panel[@]}")
echo "analyze -f jsonl: median ${a} s (${analyze[*]})"
echo "panel -f csv:     median ${p} s (${panel[*]})"
echo "ratio panel/analyze: $(echo "scale=3; $p / $a" | bc)"
