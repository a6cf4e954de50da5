#!/usr/bin/env python3
"""Runs every `zzreport ... | jq ...` example of docs/json.md on the seed report.

An example is a line of a ```sh block that starts with "zzreport " and pipes into jq. It runs in bash
with pipefail, "zzreport" replaced by the binary under test and "report.txt" by the seed report;
it passes when it exits 0 with nothing on standard error.
"""
import argparse
import re
import subprocess
import sys
from pathlib import Path


def examples(markdown):
    in_sh = False
    for line in markdown.splitlines():
        if line.startswith("```"):
            in_sh = line.strip() in ("```sh", "```bash") and not in_sh
            continue
        if in_sh and line.startswith("zzreport ") and "| jq" in line:
            yield line


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--zzreport", required=True)
    parser.add_argument("--doc", required=True)
    parser.add_argument("--cwd", required=True, help="directory holding the seed report")
    parser.add_argument("--report", default="zhuzhou-2021-party-congress.txt")
    options = parser.parse_args()
    found = list(examples(Path(options.doc).read_text(encoding="utf-8")))
    if not found:
        print("no jq examples found")
        return 1
    failed = 0
    for line in found:
        command = re.sub(r"^zzreport ", options.zzreport + " ", line)
        command = re.sub(r"\breport\.txt\b", options.report, command)
        result = subprocess.run(["bash", "-o", "pipefail", "-c", command], cwd=options.cwd,
                                capture_output=True, text=True, timeout=120,
                                env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"})
        ok = result.returncode == 0 and not result.stderr
        failed += not ok
        print(f"{'ok' if ok else 'FAIL'}: {line}")
        if not ok:
            print(f"  exit {result.returncode}: {result.stderr.strip()}")
    print(f"{len(found) - failed}/{len(found)} examples work")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
