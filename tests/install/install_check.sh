#!/usr/bin/env bash
# install_check.sh BUILD_DIR [PYTHON]: installs the build into a fresh prefix and checks it as a user would
# (ctest install.prefix): the binary finds its data with no flag or variable, also after the prefix
# is moved; every man page renders without a warning; bash completion completes commands and
# --format values; the licence and README are there; and, with the dev component, another project
# builds against the moved prefix with find_package(zzreport) and with pkg-config, and runs; with
# PYTHON (the build has the module), the module lands where PYTHON looks under the prefix, /usr/local
# and ~/.local, imports from the moved prefix and finds the prefix's data.
set -euo pipefail
build=$1
python=${2:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "install_check: $*" >&2; exit 1; }

cmake --install "$build" --prefix "$work/prefix" >/dev/null
cmake --install "$build" --prefix "$work/prefix" --component dev >/dev/null
p=$work/prefix
for f in bin/zzreport share/zzreport/lexicon.bin share/zzreport/idf.tsv share/zzreport/periods.tsv share/zzreport/indicators.tsv \
         share/zzreport/rules/units.tsv share/man/man1/zzreport.1 share/man/man1/zzreport-analyze.1 \
         share/bash-completion/completions/zzreport share/zsh/vendor-completions/_zzreport \
         share/doc/zzreport/LICENSE share/doc/zzreport/README; do
  [[ -e $p/$f ]] || fail "not installed: $f"
done

# The installed binary finds its data beside it, with no flag and no variable, wherever it is.
sample=$p/share/zzreport/samples/zhuzhou-2021-party-congress.txt
for prefix in "$p" "$work/moved"; do
  [[ $prefix == "$p" ]] || mv "$p" "$prefix"
  (cd / && env -u ZZREPORT_DATA_DIR "$prefix/bin/zzreport" analyze -f json \
     "$prefix/share/zzreport/samples/zhuzhou-2021-party-congress.txt" > "$work/out.json") \
    || fail "the installed binary could not analyse the sample from $prefix"
  grep -q '"targets"' "$work/out.json" || fail "no analysis from $prefix"
  data=$(env -u ZZREPORT_DATA_DIR "$prefix/bin/zzreport" --version | sed -n 's/^data: //p')
  [[ $data == "$prefix/bin/../share/zzreport" ]] || fail "data from $data, not from $prefix"
done
p=$work/moved
echo "install_check: the installed binary analyses the sample with its own data, also when moved"

if [[ -n $python ]]; then
  # Where PYTHON looks: its site-packages under a prefix of one's own, sys.path's /usr/local site,
  # the user site (cmake --install --prefix ~/.local).
  pyver=$("$python" -c 'import sys; print(f"python{sys.version_info[0]}.{sys.version_info[1]}")')
  site=$p/lib/$pyver/site-packages
  [[ -f $site/zzreport.pyi ]] || fail "the stubs are not in $site"
  data=$(cd / && env -u ZZREPORT_DATA_DIR PYTHONPATH="$site" "$python" -c '
import sys, zzreport
report = zzreport.analyze(sys.argv[1])
assert report["targets"], "no targets"
print(zzreport.data_dir())' "$p/share/zzreport/samples/zhuzhou-2021-party-congress.txt") \
    || fail "the installed module could not analyse the sample"
  [[ $data == "$p/share/zzreport" ]] || fail "the module's data from $data, not from $p"
  DESTDIR=$work/local cmake --install "$build" --prefix /usr/local >/dev/null
  local_dir=$(dirname "$(ls "$work"/local/usr/local/lib/*/*/zzreport.cpython-*.so)")
  "$python" -c 'import sys; assert sys.argv[1] in sys.path, sys.path' "${local_dir#"$work/local"}" \
    || fail "--prefix /usr/local puts the module in ${local_dir#"$work/local"}, not on sys.path"
  DESTDIR=$work/user cmake --install "$build" --prefix "$HOME/.local" >/dev/null
  user_dir=$("$python" -c 'import site; print(site.getusersitepackages())')
  [[ -f $work/user$user_dir/zzreport.pyi ]] || fail "--prefix ~/.local misses the user site $user_dir"
  echo "install_check: the module imports from the moved prefix with its data; /usr/local and ~/.local land on $pyver's path"
fi

# Every page renders without a warning (groff's warnings on, as man --warnings shows them).
pages=0
for page in "$p"/share/man/man1/*.1; do
  out=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l "$page" 2>&1 >/dev/null) \
    || fail "man failed on $(basename "$page")"
  [[ -z $out ]] || fail "man warns on $(basename "$page"): $out"
  pages=$((pages + 1))
done
[[ $pages -ge 13 ]] || fail "only $pages man pages"
echo "install_check: $pages man pages render without warnings"

# Bash completion: a command from its first letters, the values of --format.
complete_words() {
  bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _zzreport; echo "${COMPREPLY[*]}"' \
    _ "$p/share/bash-completion/completions/zzreport" "$@"
}
[[ $(complete_words zzreport an) == "analyze" ]] || fail "zzreport an<Tab> gives '$(complete_words zzreport an)'"
formats=$(complete_words zzreport analyze --format "")
[[ $formats == "text md json jsonl csv html" ]] || fail "zzreport analyze --format <Tab> gives '$formats'"
[[ $(complete_words zzreport analyze --fo) == "--format" ]] || fail "zzreport analyze --fo<Tab>"
echo "install_check: bash completes 'an' to analyze and --format to: $formats"
if command -v zsh >/dev/null; then
  zsh -n "$p/share/zsh/vendor-completions/_zzreport" || fail "the zsh completion does not parse"
fi

# Another C++ project against the installed libraries: CMake's find_package and pkg-config.
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
cmake -S "$source_dir/examples/consumer" -B "$work/consumer" -DCMAKE_PREFIX_PATH="$p" >/dev/null \
  || fail "find_package(zzreport) failed against the installed prefix"
cmake --build "$work/consumer" >/dev/null || fail "the example consumer does not build"
"$work/consumer/zzreport-consumer" "$p/share/zzreport" "$p/share/zzreport/samples/zhuzhou-2021-party-congress.txt" \
  >"$work/consumer.out" || fail "the example consumer failed"
grep -q '^target: 全市经济总量 5000亿元$' "$work/consumer.out" || fail "the example consumer found no targets"
flags=$(PKG_CONFIG_PATH=$p/lib/pkgconfig pkg-config --cflags --libs zzreport) || fail "pkg-config zzreport"
# shellcheck disable=SC2086  # the flags are words
g++ -o "$work/consumer-pc" "$source_dir/examples/consumer/main.cpp" $flags || fail "no build with pkg-config"
"$work/consumer-pc" "$p/share/zzreport" "$p/share/zzreport/samples/zhuzhou-2021-party-congress.txt" \
  | cmp -s - "$work/consumer.out" || fail "the pkg-config build prints something else"
echo "install_check: examples/consumer builds against the prefix with find_package(zzreport) and pkg-config, and runs"
