#!/usr/bin/env bash
# Runs pytest on the Python module's tests, or skips (exit 77, reason printed) when the module was
# not built or pytest is missing; with ZZREPORT_REQUIRE_PYTHON=1 (CI sets it: setup.sh installs
# pybind11 and pytest) a missing module is a failure instead.
#   run_pytest.sh PYTHON MODULE_DIR|- PYTEST_ARGS...
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
"$python" -c "import pytest" 2>/dev/null || skip "$python has no pytest (Debian: python3-pytest)"
export PYTHONPATH="$module_dir${PYTHONPATH:+:$PYTHONPATH}"
exec "$python" -m pytest -q -rs -p no:cacheprovider "$@"
