#!/usr/bin/env bash
# Checks that C++ files are laid out as .clang-format says, with clang-format-14 (--dry-run -Werror:
# nothing is rewritten; each offending line is named).
#   scripts/check-format.sh                the C++ files changed between BASE and HEAD
#                                          (git diff --name-only BASE...HEAD): BASE is origin/main
#                                          when it exists, else HEAD~1
#   scripts/check-format.sh --base BASE    the same with another BASE (a branch, a commit)
#   scripts/check-format.sh --all          every tracked C++ file
#   scripts/check-format.sh FILE...        the files given
# To fix a file: clang-format-14 -i FILE. C++ files: *.cpp and *.hpp.
# Exit status: 0 all formatted, 1 some file is not, 2 bad usage or clang-format-14 missing.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

usage() {
  echo "check-format: usage: check-format.sh [--base BASE | --all | FILE...]" >&2
  exit 2
}

formatter="$(command -v clang-format-14 || true)"
if [[ -z "$formatter" ]]; then
  echo "check-format: clang-format-14 not found (Debian: clang-format-14; scripts/setup.sh installs it)" >&2
  exit 2
fi

cpp_only() { grep -E '\.(cpp|hpp)$' || true; }

files=()
base=""
case "${1:-}" in
  --all)
    [[ $# -eq 1 ]] || usage
    mapfile -t files < <(git ls-files -- '*.cpp' '*.hpp' | sort -u)  # a file in conflict is listed per stage
    what="every tracked C++ file"
    ;;
  --base)
    [[ $# -eq 2 ]] || usage
    base="$2"
    ;;
  -h | --help)
    sed -n '2,11p' "$0"
    exit 0
    ;;
  -*) usage ;;
  "")
    if git rev-parse --verify -q origin/main >/dev/null; then
      base="origin/main"
    else
      base="HEAD~1"
    fi
    ;;
  *)
    files=("$@")
    what="the files given"
    ;;
esac

if [[ -n "$base" ]]; then
  git rev-parse --verify -q "$base^{commit}" >/dev/null || {
    echo "check-format: no commit $base to compare with" >&2
    exit 2
  }
  # Files deleted since BASE are not there to check.
  mapfile -t files < <(git diff --name-only --diff-filter=d "$base...HEAD" | cpp_only)
  what="the C++ files changed since $base"
fi

if ((${#files[@]} == 0)); then
  echo "check-format: no files to check ($what)" >&2
  exit 0
fi

for file in "${files[@]}"; do
  [[ -f "$file" ]] || { echo "check-format: no file $file" >&2; exit 2; }
done
# One run over all files (fast); only when it fails, one run a file to name the offenders.
unformatted=()
if ! "$formatter" --dry-run -Werror "${files[@]}" 2>/dev/null; then
  for file in "${files[@]}"; do
    "$formatter" --dry-run -Werror "$file" || unformatted+=("$file")
  done
  if ((${#unformatted[@]} == 0)); then
    echo "check-format: clang-format-14 failed on the file list, though each file alone passes" >&2
    exit 2
  fi
fi

if ((${#unformatted[@]})); then
  echo "check-format: not formatted: ${#unformatted[@]} of ${#files[@]} ($what); run:" >&2
  echo "  clang-format-14 -i ${unformatted[*]}" >&2
  exit 1
fi
echo "check-format: formatted: ${#files[@]} of ${#files[@]} ($what)" >&2
