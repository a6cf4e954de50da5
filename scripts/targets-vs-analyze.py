#!/usr/bin/env python3
"""Checks that `zzreport targets -f json --kind any` writes the quantities of `zzreport analyze -f json`
(the same objects, with "file" first, in text order) for a sample of reports.

Usage: scripts/targets-vs-analyze.py ZZREPORT [--count N] CORPUS_DIR
Takes every k-th report of CORPUS_DIR (sorted) so that N are checked (default 50); exit status 1
when any differs, naming it.
"""
import argparse
import json
import pathlib
import subprocess
import sys


def run(zzreport, *args):
    return json.loads(subprocess.run([zzreport, *args], check=True, capture_output=True, text=True).stdout)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("zzreport")
    parser.add_argument("corpus")
    parser.add_argument("--count", type=int, default=50)
    args = parser.parse_args()
    files = sorted(p for p in pathlib.Path(args.corpus).rglob("*") if p.suffix in (".md", ".txt"))
    sample = files[:: max(1, len(files) // args.count)][: args.count]
    failed = 0
    quantities = 0
    for path in sample:
        listed = run(args.zzreport, "targets", "-f", "json", "--kind", "any", str(path))
        analysed = run(args.zzreport, "analyze", "-f", "json", str(path))
        by_kind = {"target": [], "achievement": [], "mention": []}
        for q in listed["quantities"]:
            del q["file"]
            by_kind[q["kind"]].append(q)
        same = all(by_kind[k] == analysed[k + "s"] for k in by_kind) and listed["year"] == analysed["document"]["year"]
        quantities += len(listed["quantities"])
        if not same:
            failed += 1
            print(f"DIFFERS: {path}")
    print(f"{len(sample) - failed} of {len(sample)} reports identical ({quantities} quantities)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
