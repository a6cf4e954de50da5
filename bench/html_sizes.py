#!/usr/bin/env python3
"""html_sizes: how large each report's HTML page is against its JSON (the HTML issue's bound: twice).

Usage:
  bench/html_sizes.py --zzreport build/src/cli/zzreport --corpus ../shared/corpus [--show 8]

For every .md and .txt under --corpus, runs `analyze -f html` and `analyze -f json` and divides the
page's bytes by those of the JSON as json.dumps(indent=2, ensure_ascii=False) writes it (what
tests/html/browser_check.py compares). Prints the median, the 99th percentile, the largest ratios
and how many pages are over twice their JSON (docs/html.md, "Size"). Exit status 0; 2 on bad usage.
"""
import argparse
import json
import os
import subprocess
import sys


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--zzreport", required=True)
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--show", type=int, default=8, help="how many of the largest ratios to list")
    args = parser.parse_args()
    files = sorted(os.path.join(d, f) for d, _, names in os.walk(args.corpus) for f in names
                   if f.endswith((".md", ".txt")))
    ratios = []
    for path in files:
        page = subprocess.run([args.zzreport, "analyze", "-q", "-f", "html", path], capture_output=True)
        analysis = subprocess.run([args.zzreport, "analyze", "-q", "-f", "json", path],
                                  capture_output=True, text=True)
        if page.returncode != 0 or analysis.returncode != 0:
            print(f"html_sizes: {path}: not analysed", file=sys.stderr)
            continue
        size_json = len(json.dumps(json.loads(analysis.stdout), ensure_ascii=False, indent=2).encode())
        ratios.append((len(page.stdout) / size_json, path))
    if not ratios:
        print(f"html_sizes: no report under {args.corpus}", file=sys.stderr)
        return 2
    ratios.sort()
    print(f"html_sizes: {len(ratios)} reports; page / JSON: median {ratios[len(ratios) // 2][0]:.2f}, "
          f"99th percentile {ratios[int(len(ratios) * 0.99)][0]:.2f}")
    for ratio, path in ratios[-args.show:]:
        print(f"  {ratio:.2f}  {path}")
    print(f"html_sizes: over twice the JSON: {sum(r > 2 for r, _ in ratios)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
