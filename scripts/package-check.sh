#!/usr/bin/env bash
# The Debian package as a user meets it (CI runs this; it installs and removes a system package, so
# it runs as root only): build it, lintian with no error, run it extracted, `apt-get install ./zzreport_….deb`, analyse
# the bundled sample with /usr/bin/zzreport and no flag (and with the Python module, when built),
# find the man page, remove and purge it, and check that nothing of it is left.
# Usage: scripts/package-check.sh [BUILD_DIR]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
fail() { echo "package-check: $*" >&2; exit 1; }
[[ $(id -u) -eq 0 ]] || fail "run as root: it installs and removes the package"
if dpkg-query -W -f='${Status}' zzreport 2>/dev/null | grep -q "install ok installed"; then
  fail "a zzreport package is already installed; remove it first"
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
deb=$("$root/scripts/package.sh" "$out" ${1:+"$1"} | tail -1)
echo "package-check: built $(basename "$deb") ($(du -h "$deb" | cut -f1))"

errors=$(lintian --tag-display-limit 0 "$deb" 2>&1 | grep -v "root privileges" || true)
echo "${errors:-package-check: lintian: no error, no warning}"
if grep -q '^E:' <<<"$errors"; then fail "lintian reports errors"; fi

# The extracted package runs as it is: its binary finds the data beside it.
dpkg-deb -x "$deb" "$out/extracted"
(cd / && env -u ZZREPORT_DATA_DIR "$out/extracted/usr/bin/zzreport" analyze -f json \
  "$out/extracted/usr/share/zzreport/samples/zhuzhou-2021-party-congress.txt" >"$out/extracted.json") \
  || fail "the extracted package's usr/bin/zzreport could not analyse the sample"
grep -q '"targets"' "$out/extracted.json" || fail "no analysis from the extracted package"
echo "package-check: the extracted package's usr/bin/zzreport analyses the sample with no flag"

# The Python module, when the build has one: in Debian's dist-packages, finding the data beside it.
# check_module PYTHONPATH DATA_DIR: the module analyses the sample with data from DATA_DIR.
build_dir=${1:-$root/build-deb}
has_module=$(compgen -G "$build_dir/python/zzreport.cpython-*.so" || true)
check_module() {
  (cd / && env -u ZZREPORT_DATA_DIR PYTHONPATH="$1" /usr/bin/python3 -c '
import sys, zzreport
assert zzreport.analyze(sys.argv[1])["targets"], "no targets"
assert zzreport.data_dir() == sys.argv[2], zzreport.data_dir()' "$2/samples/zhuzhou-2021-party-congress.txt" "$2")
}
if [[ -n $has_module ]]; then
  compgen -G "$out/extracted/usr/lib/python3/dist-packages/zzreport.cpython-*.so" >/dev/null \
    || fail "the package has no Python module in /usr/lib/python3/dist-packages"
  check_module "$out/extracted/usr/lib/python3/dist-packages" "$out/extracted/usr/share/zzreport" \
    || fail "the extracted package's Python module could not analyse the sample"
  echo "package-check: the extracted package's Python module analyses the sample with its data"
fi

cp "$deb" /tmp/  # apt reads the file as user _apt
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "/tmp/$(basename "$deb")" >/dev/null 2>&1 \
  || fail "apt-get install of the package failed"
rm -f "/tmp/$(basename "$deb")"
trap 'apt-get remove --purge -y -qq zzreport >/dev/null 2>&1 || true; rm -rf "$out"' EXIT
[[ $(command -v zzreport) == /usr/bin/zzreport ]] || fail "zzreport is not /usr/bin/zzreport"
(cd / && env -u ZZREPORT_DATA_DIR zzreport analyze -f json \
  /usr/share/zzreport/samples/zhuzhou-2021-party-congress.txt >"$out/sample.json") \
  || fail "/usr/bin/zzreport could not analyse the sample"
grep -q '"targets"' "$out/sample.json" || fail "/usr/bin/zzreport wrote no analysis of the sample"
man -w zzreport >/dev/null || fail "man -w zzreport finds no page"
man -w zzreport-analyze >/dev/null || fail "man -w zzreport-analyze finds no page"
echo "package-check: installed; /usr/bin/zzreport analyses the sample; man -w zzreport: $(man -w zzreport)"
if [[ -n $has_module ]]; then
  check_module "" /usr/share/zzreport || fail "/usr/bin/python3 -c 'import zzreport' failed on the sample"
  echo "package-check: installed; /usr/bin/python3 imports zzreport and analyses the sample"
fi

files=$(dpkg -L zzreport | grep -v '^/\.$')
DEBIAN_FRONTEND=noninteractive apt-get remove --purge -y -qq zzreport >/dev/null 2>&1 || fail "removal failed"
trap 'rm -rf "$out"' EXIT
left=$(while read -r f; do if [[ -f $f || -L $f ]]; then echo "$f"; fi; done <<<"$files")
[[ -z $left ]] || fail "files left after removal: $left"
[[ ! -e /usr/share/zzreport && ! -e /usr/share/doc/zzreport ]] || fail "directories left after removal"
echo "package-check: removed and purged; nothing left"
