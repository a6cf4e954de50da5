#!/usr/bin/env bash
# Segmentation F1 on the SIGHAN 2005 PKU test set, with the bars of docs/segmentation.md as
# assertions (run by ctest, label "eval"). The data stays in ../shared/segeval; exit 77 (skipped)
# when it is absent.
#   bench/segeval_pku.sh ZZREPORT SEGEVAL_DIR MIN_F1_DEFAULT MIN_F1_FINE MIN_F1_DICT
set -euo pipefail
zzreport=$1 data=$2 min_default=$3 min_fine=$4 min_dict=$5
here="$(cd "$(dirname "$0")" && pwd)"
if [[ ! -f $data/pku_test.utf8 || ! -f $data/pku_test_gold.utf8 || ! -f $data/pku_training_words.utf8 ]]; then
  echo "segeval: skipped: the PKU test set is not in $data"
  exit 77
fi
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
score() {  # LABEL MIN_F1 ZZREPORT-ARGS...
  local label=$1 min=$2
  shift 2
  "$zzreport" segment "$@" "$data/pku_test.utf8" >"$out/$label.txt"
  python3 "$here/segeval.py" --label "$label" --gold "$data/pku_test_gold.utf8" \
    --words "$data/pku_training_words.utf8" --min-f1 "$min" "$out/$label.txt"
}
status=0
score default "$min_default" || status=1
score fine "$min_fine" --granularity fine || status=1
score dict "$min_dict" --granularity fine --dict "$data/pku_training_words.utf8" || status=1
exit $status
