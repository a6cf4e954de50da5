#!/usr/bin/env bash
# Issue 3's done-when: on the seed report, `zzreport segment` (default configuration) gives these
# tokens. Exit 77 (skipped) when the seed is absent.
#   tests/segment/seed_tokens.sh ZZREPORT SEED_FILE
set -euo pipefail
zzreport=$1 seed=$2
[[ -f $seed ]] || { echo "seed_tokens: skipped: $seed is absent"; exit 77; }
tokens="$("$zzreport" segment -d $'\n' "$seed")"
status=0
for want in '长株潭一体化|长株潭' 专精特新 碳达峰 湘赣边 '“三高四新”|三高四新' 5000亿元 2-3个 70%; do
  if ! grep -qxE "$want" <<<"$tokens"; then
    echo "seed_tokens: no token $want"
    status=1
  fi
done
[[ $status == 0 ]] && echo "seed_tokens: all found"
exit $status
