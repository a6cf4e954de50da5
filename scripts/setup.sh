#!/usr/bin/env bash
# Installs the Debian packages zzreport needs to build and test (Debian 12, as root or with sudo).
# Installs only what is missing, so it is quick to run again.
set -euo pipefail

packages=(
  build-essential cmake pkgconf          # toolchain
  libicu-dev libcli11-dev nlohmann-json3-dev libfmt-dev   # libraries
  libgtest-dev libgmock-dev libbenchmark-dev              # tests and benchmarks
  python3 python3-jsonschema jq parallel # evaluation scripts and end-to-end tests
  clang-14 libclang-rt-14-dev            # libFuzzer targets (fuzz/, scripts/fuzz.sh)
  clang-format-14                        # layout check (scripts/check-format.sh)
  chromium python3-websocket fonts-wqy-microhei  # HTML pages checked in a browser (tests/html)
  man-db dpkg-dev lintian                # man pages, the Debian package (scripts/package-check.sh)
  pybind11-dev python3-dev python3-pybind11 python3-pytest  # the Python module and its tests
  python3-pandas python3-jieba python3-psutil              # panel/trend frames, jieba benchmark
  python3-dask python3-distributed                         # the Dask example and its cluster test
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  sudo_cmd=()
  [[ $(id -u) -ne 0 ]] && sudo_cmd=(sudo)
  echo "setup: installing ${missing[*]}" >&2
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
