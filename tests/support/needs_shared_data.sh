#!/usr/bin/env bash
# Runs a test command that needs optional shared data (../shared), or skips it with one line naming
# the missing path: exit 77, which CTest reports as skipped (SKIP_RETURN_CODE). When
# ZZREPORT_REQUIRE_SHARED_DATA is set (CI sets it), a missing path fails the test instead.
#   needs_shared_data.sh PATH... -- COMMAND [ARGS...]
set -euo pipefail
paths=()
while [[ $# -gt 0 && "$1" != "--" ]]; do paths+=("$1"); shift; done
[[ $# -gt 1 ]] || { echo "needs_shared_data.sh: usage: needs_shared_data.sh PATH... -- COMMAND [ARGS...]" >&2; exit 2; }
shift
for p in "${paths[@]}"; do
  if [[ ! -e "$p" ]]; then
    if [[ -n "${ZZREPORT_REQUIRE_SHARED_DATA:-}" && "${ZZREPORT_REQUIRE_SHARED_DATA}" != 0 ]]; then
      echo "missing data: $p (ZZREPORT_REQUIRE_SHARED_DATA is set)"
      exit 1
    fi
    echo "skipped: missing data: $p"
    exit 77
  fi
done
exec "$@"
