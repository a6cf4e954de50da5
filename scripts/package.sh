#!/usr/bin/env bash
# Builds the Debian package zzreport_VERSION_amd64.deb (CPack) into OUT_DIR (default: the current
# directory): installed under /usr, man pages compressed, copyright and changelog where Debian
# wants them, dependencies computed by dpkg-shlibdeps, the binary stripped.
# Usage: scripts/package.sh [OUT_DIR] [BUILD_DIR]
#   BUILD_DIR: an existing build to package (scripts/test.sh passes its release build, so that the
#   package costs no second compile); default: a fresh Release build in build-deb/.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$(realpath "${1:-.}")"
build="${2:-$root/build-deb}"
if [[ -z ${2:-} ]]; then
  cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DZZREPORT_BUILD_TESTS=OFF \
    -DZZREPORT_BUILD_BENCH=OFF >/dev/null
fi
cmake -S "$root" -B "$build" -DZZREPORT_DEBIAN_PACKAGE=ON >/dev/null
cmake --build "$build" --parallel "$(nproc)"
mkdir -p "$out"
(cd "$build" && cpack -G DEB -B "$out" >/dev/null)
# The package's layout is Debian's only for the package: the build's own install stays the plain one.
cmake -S "$root" -B "$build" -DZZREPORT_DEBIAN_PACKAGE=OFF >/dev/null
rm -rf "$out/_CPack_Packages"
ls "$out"/zzreport_*_amd64.deb
