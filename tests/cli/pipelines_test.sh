#!/usr/bin/env bash
# End-to-end test of the JSON Lines contract and the recipes of docs/scaling.md, with the real binary:
#   1. files packed into {"id","text"} records on standard input give the same analyses as the files;
#   2. GNU parallel --pipe -k over records (a record per chunk) gives the same bytes as one process;
#   3. GNU parallel -X -k over file names gives the same bytes as one process;
#   4. xargs -P with one output file per process gives the same lines (in another order).
# Usage: pipelines_test.sh ZZREPORT FILE... (UTF-8 reports: jq packs them into JSON strings)
set -euo pipefail
zz="$1"
shift
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

printf '%s\n' "$@" >"$tmp/files"
[[ $(wc -l <"$tmp/files") -ge 2 ]] || fail "give at least two reports"
"$zz" analyze -f jsonl -q -j 2 --files-from "$tmp/files" >"$tmp/direct.jsonl"

# 1. Round trip: pack with jq, analyse from standard input, drop the added "id" again.
while IFS= read -r f; do jq -Rsc --arg id "$f" '{id: $id, text: .}' <"$f"; done <"$tmp/files" >"$tmp/records.jsonl"
"$zz" analyze --input jsonl -f jsonl -q -j 2 <"$tmp/records.jsonl" >"$tmp/from-records.jsonl"
jq -c 'del(.id)' <"$tmp/from-records.jsonl" >"$tmp/from-records-noid.jsonl"
jq -c . <"$tmp/direct.jsonl" >"$tmp/direct-normalised.jsonl"
cmp -s "$tmp/direct-normalised.jsonl" "$tmp/from-records-noid.jsonl" || fail "records on stdin differ from files"
jq -e -s 'map(.id) == (map(.document.path))' <"$tmp/from-records.jsonl" >/dev/null || fail "ids not kept"

# 2. GNU parallel splitting the records stream into chunks of one line, order kept.
parallel --will-cite --pipe -N 1 -k -j 2 "$zz" analyze --input jsonl -f jsonl -q -j 1 \
  <"$tmp/records.jsonl" >"$tmp/parallel-pipe.jsonl"
cmp -s "$tmp/from-records.jsonl" "$tmp/parallel-pipe.jsonl" || fail "parallel --pipe output differs"

# 3. GNU parallel over file names, several files per invocation, order kept.
parallel --will-cite -X -k -j 2 "$zz" analyze -f jsonl -q -j 1 <"$tmp/files" >"$tmp/parallel-files.jsonl"
cmp -s "$tmp/direct.jsonl" "$tmp/parallel-files.jsonl" || fail "parallel -X output differs"

# 4. xargs -P: one output file per process (lines of concurrent writers to one pipe could interleave).
mkdir "$tmp/parts"
tr '\n' '\0' <"$tmp/files" | ZZ="$zz" PARTS="$tmp/parts" xargs -0 -n 1 -P 2 sh -c \
  'exec "$ZZ" analyze -f jsonl -q -j 1 -o "$PARTS/part-$$.jsonl" "$@"' sh
cat "$tmp/parts"/*.jsonl | LC_ALL=C sort >"$tmp/xargs-sorted.jsonl"
LC_ALL=C sort "$tmp/direct.jsonl" >"$tmp/direct-sorted.jsonl"
cmp -s "$tmp/direct-sorted.jsonl" "$tmp/xargs-sorted.jsonl" || fail "xargs -P lines differ"

echo "pipelines: $(wc -l <"$tmp/files") documents; round trip, parallel --pipe, parallel -X, xargs -P agree"
