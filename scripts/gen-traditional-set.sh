#!/usr/bin/env bash
# Regenerates src/text/traditional_set.inc (see scripts/gen-traditional-set.cpp).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
g++ -std=c++20 -O1 "$root/scripts/gen-traditional-set.cpp" -o "$tmp/gen" $(pkg-config --cflags --libs icu-i18n icu-uc)
"$tmp/gen" > "$root/src/text/traditional_set.inc"
echo "wrote src/text/traditional_set.inc ($(grep -o '{0x' "$root/src/text/traditional_set.inc" | wc -l) code points)"
