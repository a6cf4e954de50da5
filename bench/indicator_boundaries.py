#!/usr/bin/env python3
"""Measures whether the indicator names of zzreport's quantity rows are whole words, over a fixed
sample of corpus reports (every report at position floor(i * n / 200) of the sorted list of n:
200 reports of every level and decade).

  bench/indicator_boundaries.py --zzreport build/src/cli/zzreport \
      --corpus ../shared/corpus/gov-reports [--reports 200] [--min-boundary X] [--max-null Y] \
      [--show N] [--seed S]

For every row of `zzreport targets --kind any` (targets, achievements and mentions):
  in quote   its indicator occurs in its quote;
  boundary   and, at one of those occurrences, starts and ends on a token boundary of zzreport's
             own segmentation of the quote (`zzreport segment`, the shipped lexicon);
  null       it has no indicator.
Prints the share of rows in quote that are on boundaries, and the share of null rows; --show N
prints N random rows off boundaries (with --seed). Exit status 1 when the boundary share is below
--min-boundary or the null share above --max-null (CI runs it with the measured figures as bars:
docs/targets.md, "Indicator names"), else 0.
"""
import argparse
import json
import os
import random
import subprocess
import sys
import tempfile


def sample(corpus, count):
    paths = []
    for root, _, files in os.walk(corpus):
        paths += [os.path.join(root, f) for f in files if f.endswith(('.md', '.txt'))]
    paths.sort()
    if len(paths) <= count:
        return paths
    return [paths[i * len(paths) // count] for i in range(count)]


def rows_of(zzreport, paths):
    with tempfile.NamedTemporaryFile('w', suffix='.txt', delete=False, encoding='utf-8') as f:
        f.write('\n'.join(paths) + '\n')
        listing = f.name
    try:
        out = subprocess.run([zzreport, 'targets', '--kind', 'any', '-f', 'jsonl', '-q',
                              '--files-from', listing], check=True, capture_output=True,
                             text=True).stdout
    finally:
        os.unlink(listing)
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def boundaries_of(zzreport, quotes):
    """The token boundaries (code point offsets) of each quote, segmented one quote a line."""
    text = '\n'.join(quotes) + '\n'
    out = subprocess.run([zzreport, 'segment', '-f', 'jsonl'], input=text, check=True,
                         capture_output=True, text=True).stdout
    starts, offset = [], 0
    for q in quotes:
        starts.append(offset)
        offset += len(q) + 1
    result = [set() for _ in quotes]
    for line in out.splitlines():
        record = json.loads(line)
        k = record['line'] - 1
        if k >= len(quotes):
            continue
        for token in record['tokens']:
            b, e = token['span']
            result[k].add(b - starts[k])
            result[k].add(e - starts[k])
    for k, q in enumerate(quotes):
        result[k].update((0, len(q)))
    return result


def on_boundary(indicator, quote, bounds):
    at = quote.find(indicator)
    while at >= 0:
        if at in bounds and at + len(indicator) in bounds:
            return True
        at = quote.find(indicator, at + 1)
    return False


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--zzreport', required=True)
    ap.add_argument('--corpus', required=True)
    ap.add_argument('--reports', type=int, default=200)
    ap.add_argument('--min-boundary', type=float, default=0.0)
    ap.add_argument('--max-null', type=float, default=1.0)
    ap.add_argument('--show', type=int, default=0)
    ap.add_argument('--seed', type=int, default=1)
    args = ap.parse_args()

    paths = sample(args.corpus, args.reports)
    rows = rows_of(args.zzreport, paths)
    # A quote is one line of the segmenter's input: line breaks inside it become spaces.
    quotes = [(r.get('quote') or '').replace('\n', ' ').replace('\r', ' ') for r in rows]
    bounds = boundaries_of(args.zzreport, quotes)
    null = in_quote = boundary = 0
    off = []
    for r, q, b in zip(rows, quotes, bounds):
        ind = r.get('indicator')
        if not ind:
            null += 1
            continue
        if ind not in q:
            continue
        in_quote += 1
        if on_boundary(ind, q, b):
            boundary += 1
        else:
            off.append((ind, q))
    share = boundary / in_quote if in_quote else 1.0
    null_share = null / len(rows) if rows else 0.0
    print(f'reports {len(paths)}  rows {len(rows)}  indicator in quote {in_quote}  '
          f'on word boundaries {boundary}  null {null}')
    print(f'boundary share {share:.4f}  null share {null_share:.4f}')
    random.seed(args.seed)
    for ind, q in random.sample(off, min(args.show, len(off))):
        print(f'  {ind}\t{q}')
    failed = False
    if share < args.min_boundary:
        print(f'indicator_boundaries: boundary share {share:.4f} < {args.min_boundary}',
              file=sys.stderr)
        failed = True
    if null_share > args.max_null:
        print(f'indicator_boundaries: null share {null_share:.4f} > {args.max_null}',
              file=sys.stderr)
        failed = True
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
