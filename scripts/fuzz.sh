#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) and runs each for a fixed time.
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]     (default: 25 s, every target)
# Environment: BUILD (default build-fuzz), JOBS (fuzzing processes per target, default 1),
# FUZZ_SEED (default 1: a CI run is reproducible; 0 picks a random seed), FUZZ_ARGS (extra libFuzzer flags). Corpora grow in $BUILD/corpus/<target>, seeded from the
# project's own files; crashes land in $BUILD/crashes/. Exits non-zero if a target finds a crash.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${BUILD:-$root/build-fuzz}"
seconds="${1:-25}"
shift || true
targets=("$@")
((${#targets[@]})) || targets=(fuzz_decode fuzz_normalize fuzz_document fuzz_segment fuzz_lexicon fuzz_pipeline)
[[ -e "$root/fuzz/fuzz_numerals.cpp" ]] && ((! $#)) && targets+=(fuzz_numerals fuzz_quantities)
((! $#)) && targets+=(fuzz_tables)

echo "== fuzz build (clang, address;undefined) in $build" >&2
CXX="${CXX:-clang++-14}" cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DZZREPORT_FUZZ=ON \
  "-DZZREPORT_SANITIZE=address;undefined" -DZZREPORT_BUILD_TESTS=OFF -DZZREPORT_BUILD_BENCH=OFF >/dev/null
cmake --build "$build" --parallel "$(nproc)" --target "${targets[@]}"

# Seeds: the project's own texts and dictionaries, cut into pieces of at most 4 KB (at line ends
# where possible) so that each execution stays fast.
seed() {
  local dir="$1"
  shift
  mkdir -p "$dir"
  local f
  for f in "$@"; do
    [[ -f "$f" ]] || continue
    split -C 4096 -d -a 4 "$f" "$dir/$(basename "$f")."
  done
}
mapfile -t texts < <(find "$root/data/samples" "$root/tests" -type f \
  \( -name '*.txt' -o -name '*.md' -o -name '*.tsv' -o -name '*.csv' \) -size -2M 2>/dev/null | sort)
mapfile -t dicts < <(find "$root/data" "$root/tests" -type f \( -name '*lexicon*' -o -name '*dict*' \) \
  -size -2M 2>/dev/null | sort)
seeds="$build/seeds"
rm -rf "$seeds"
seed "$seeds/text" "${texts[@]}"
seed "$seeds/dict" "${dicts[@]}" "${texts[@]:0:2}"
# The IDF and period tables are megabytes: their headers and first rows.
for f in "$root/data/idf.tsv" "$root/data/periods.tsv"; do
  [[ -f "$f" ]] && head -c 4000 "$f" >"$seeds/dict/$(basename "$f").head"
done
mkdir -p "$build/crashes"

status=0
for target in "${targets[@]}"; do
  corpus="$build/corpus/$target"
  mkdir -p "$corpus"
  seed_dir="$seeds/text"
  [[ $target == fuzz_lexicon || $target == fuzz_tables ]] && seed_dir="$seeds/dict"
  echo "== $target: ${seconds} s" >&2
  # shellcheck disable=SC2086  # FUZZ_ARGS is a list of flags
  if ! ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 UBSAN_OPTIONS=print_stacktrace=1 \
      "$build/fuzz/$target" "$corpus" "$seed_dir" -dict="$root/fuzz/zzreport.dict" \
      -max_total_time="$seconds" -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
      -jobs="${JOBS:-1}" -workers="${JOBS:-1}" -artifact_prefix="$build/crashes/$target-" \
      -seed="${FUZZ_SEED:-1}" -print_final_stats=1 ${FUZZ_ARGS:-} 2>"$build/$target.log"; then
    echo "FAIL $target: see $build/$target.log and $build/crashes/" >&2
    tail -40 "$build/$target.log" >&2
    status=1
  else
    grep -E '^stat::number_of_executed_units|^stat::peak_rss_mb' "$build/$target.log" | tr '\n' ' ' >&2
    echo >&2
  fi
done
exit $status
