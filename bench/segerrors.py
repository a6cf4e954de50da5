#!/usr/bin/env python3
"""Where a segmentation's errors come from, against SIGHAN-bakeoff gold (the files of segeval.py).

Every wrong token is put in one class:
  joined    our token is exactly several gold words (新世纪 for 新 世纪); "number" when it holds a digit
            or a Chinese numeral (5000亿元 for 5000亿 元)
  cut       a gold word is exactly several of our tokens (中华 民族 for 中华民族); "single" when they
            are all one character (克 林 顿: an unknown name)
  crossing  our wrong tokens that do not both start and end at gold word boundaries (the pieces of
            a cut word are among them, and any token overlapping a gold word's edge)
"joined" and "crossing" count our tokens, "cut" gold words; the most frequent cases of each class
are listed.

  bench/segerrors.py --gold ../shared/segeval/pku_test_gold.utf8 segmented.txt [--top 30]
"""
import argparse
import collections
import re

from segeval import spans  # the scorer's reading of a segmented line

NUMERAL = re.compile(r"[0-9０-９一二三四五六七八九十百千万亿两几零〇○第]")


def classify(gold_lines, test_lines):
    counts = collections.Counter()
    cases = collections.defaultdict(collections.Counter)
    for g, t in zip(gold_lines, test_lines):
        gold, test = spans(g.split()), spans(t.split())
        text = "".join(g.split())
        gold_set, test_set = set(gold), set(test)
        gold_bounds = {0} | {b for _, b in gold}
        test_bounds = {0} | {b for _, b in test}
        for a, b in test:
            if (a, b) in test_set & gold_set:
                continue
            if a in gold_bounds and b in gold_bounds:
                parts = [text[x:y] for x, y in gold if a <= x and y <= b]
                kind = "joined/number" if NUMERAL.search(text[a:b]) else "joined/word"
                counts[kind] += 1
                cases[kind][text[a:b] + " (gold: " + " ".join(parts) + ")"] += 1
            else:
                counts["crossing"] += 1
        for a, b in gold:
            if (a, b) in test_set or not (a in test_bounds and b in test_bounds):
                continue
            pieces = [text[x:y] for x, y in test if a <= x and y <= b]
            kind = "cut/single" if all(len(p) == 1 for p in pieces) else "cut/pieces"
            counts[kind] += 1
            cases[kind][text[a:b] + " (ours: " + " ".join(pieces) + ")"] += 1
    return counts, cases


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold", required=True)
    parser.add_argument("--top", type=int, default=20)
    parser.add_argument("test")
    args = parser.parse_args()
    with open(args.gold, encoding="utf-8") as f:
        gold_lines = f.read().split("\n")
    with open(args.test, encoding="utf-8") as f:
        test_lines = f.read().split("\n")
    if len(gold_lines) != len(test_lines):
        raise SystemExit(f"segerrors: line counts differ: gold {len(gold_lines)}, test {len(test_lines)}")
    counts, cases = classify(gold_lines, test_lines)
    print("tokens wrong by class: " + ", ".join(f"{k} {counts[k]}" for k in sorted(counts)))
    for kind in sorted(cases):
        top = ", ".join(f"{case} {n}" for case, n in cases[kind].most_common(args.top))
        print(f"{kind}: {top}")


if __name__ == "__main__":
    try:
        main()
    except BrokenPipeError:  # | head
        pass
