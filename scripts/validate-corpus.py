#!/usr/bin/env python3
"""Validates zzreport's JSON against docs/schema/analysis.schema.json for corpus reports.

Every report must be analysed with exit status 0 and give one JSON Lines record that validates
against the schema, with every span inside the document ([start, end) with start <= end <=
characters). CI runs a fixed sample (--sample 100: every GBK file plus evenly spaced gov-reports);
scripts/validate-corpus.sh runs all of them.
"""
import argparse
import json
import subprocess
import sys
from pathlib import Path

BATCH = 25


def corpus_files(corpus, sample):
    files = sorted(p for p in Path(corpus).rglob("*") if p.is_file() and p.suffix in (".md", ".txt"))
    if not sample or sample >= len(files):
        return files
    pinned = [p for p in files if "gbk-district" in p.parts]
    rest = [p for p in files if p not in pinned]
    n = max(sample - len(pinned), 0)
    step = len(rest) / n if n else 0
    return pinned + [rest[int(i * step)] for i in range(n)]


def spans(node):
    """Every [start, end] pair under the keys "span", "spans", "quote_span"."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("span", "quote_span"):
                yield key, value
            elif key == "spans":
                for s in value:
                    yield key, s
            else:
                yield from spans(value)
    elif isinstance(node, list):
        for item in node:
            yield from spans(item)


def check(record, validator):
    errors = sorted(validator.iter_errors(record), key=lambda e: list(e.path))
    if errors:
        e = errors[0]
        return f"schema: /{'/'.join(map(str, e.path))}: {e.message}"
    chars = record["document"]["characters"]
    for key, (start, end) in spans(record):
        if not 0 <= start <= end <= chars:
            return f"{key} [{start}, {end}) outside the document of {chars} characters"
    return None


def run(zzreport, files, cwd):
    """Analyses `files` in one process; returns (status, stdout lines, stderr)."""
    result = subprocess.run([zzreport, "analyze", "--format", "jsonl"] + [str(f) for f in files],
                            cwd=cwd, capture_output=True, text=True, timeout=600)
    return result.returncode, result.stdout.splitlines(), result.stderr.strip()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--zzreport", required=True)
    parser.add_argument("--schema", required=True)
    parser.add_argument("--corpus", required=True, help="../shared/corpus")
    parser.add_argument("--sample", type=int, default=0, help="number of files (0: all)")
    options = parser.parse_args()
    import jsonschema  # Debian: python3-jsonschema
    validator = jsonschema.Draft202012Validator(json.loads(Path(options.schema).read_text("utf-8")))
    corpus = Path(options.corpus).resolve()
    files = [f.relative_to(corpus) for f in corpus_files(corpus, options.sample)]
    failures = []
    for i in range(0, len(files), BATCH):
        batch = files[i:i + BATCH]
        status, lines, stderr = run(options.zzreport, batch, corpus)
        if status != 0 or len(lines) != len(batch):
            for f in batch:  # find the culprits one by one
                status, lines, stderr = run(options.zzreport, [f], corpus)
                if status != 0 or len(lines) != 1:
                    failures.append(f"{f}: exit {status}: {stderr}")
                else:
                    message = check(json.loads(lines[0]), validator)
                    if message:
                        failures.append(f"{f}: {message}")
            continue
        for f, line in zip(batch, lines):
            message = check(json.loads(line), validator)
            if message:
                failures.append(f"{f}: {message}")
    for f in failures:
        print(f"FAIL {f}")
    print(f"{len(files) - len(failures)}/{len(files)} reports give valid JSON")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
