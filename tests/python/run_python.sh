#!/usr/bin/env bash
# Runs a Python test or benchmark of the zzreport module with the interpreter it was built for, or
# skips (exit 77, reason printed) when the module was not built or pytest is missing; with
# ZZREPORT_REQUIRE_PYTHON=1 (CI sets it: setup.sh installs pybind11 and pytest) that is a failure
# instead.
#   run_python.sh PYTHON MODULE_DIR|- -m pytest ARGS...    (pytest, quiet, no cache in the source tree)
#   run_python.sh PYTHON MODULE_DIR|- SCRIPT ARGS...
set -euo pipefail
python="$1"
module_dir="$2"
shift 2
skip() {
  if [[ "${ZZREPORT_REQUIRE_PYTHON:-}" == 1 ]]; then
    echo "$1 (ZZREPORT_REQUIRE_PYTHON=1)"
    exit 1
  fi
  echo "skipped: $1"
  exit 77
}
[[ "$module_dir" != - ]] || skip "the Python module was not built (ZZREPORT_BUILD_PYTHON=OFF: no pybind11)"
export PYTHONPATH="$module_dir${PYTHONPATH:+:$PYTHONPATH}"
if [[ "${1:-}" == -m && "${2:-}" == pytest ]]; then
  "$python" -c "import pytest" 2>/dev/null || skip "$python has no pytest (Debian: python3-pytest)"
  shift 2
  exec "$python" -m pytest -q -rs -p no:cacheprovider "$@"
fi
exec "$python" "$@"
