#!/usr/bin/env bash
# A zzreport whose HTML pages fetch an image and log a console error: browser_check.py must fail
# on it (ctest browser.check_fails_on_requests_and_errors). Runs the real binary, $ZZ_REAL.
set -euo pipefail
if [[ " $* " == *" html "* ]]; then
  out=""
  args=("$@")
  for ((i = 0; i < ${#args[@]}; i++)); do
    [[ ${args[i]} == "-o" ]] && out=${args[i + 1]}
  done
  "$ZZ_REAL" "$@"
  if [[ -n $out && -f $out ]]; then
    sed -i 's|</body>|<img src="http://127.0.0.1:9/none.png" alt=""><script>console.error("injected")</script></body>|' "$out"
  fi
else
  exec "$ZZ_REAL" "$@"
fi
