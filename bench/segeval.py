#!/usr/bin/env python3
"""Scores a word segmentation against SIGHAN-bakeoff gold: precision, recall, F1 and OOV recall.

Both files have one sentence per line, words separated by white space, the same characters in the
same order (as the official score script of the SIGHAN 2005 bakeoff assumes). A word counts as
correct when the same character span is a word in both. OOV recall is the recall of gold words not in
the training word list (--words).

  segeval.py --gold pku_test_gold.utf8 --words pku_training_words.utf8 segmented.txt
  segeval.py ... --min-f1 0.84   # exit status 1 when F1 is below the bar (for CI)
"""
import argparse
import sys


def spans(words):
    out, pos = [], 0
    for w in words:
        out.append((pos, pos + len(w)))
        pos += len(w)
    return out


def score(gold_lines, test_lines, training_words):
    if len(gold_lines) != len(test_lines):
        raise SystemExit(f"segeval: line counts differ: gold {len(gold_lines)}, test {len(test_lines)}")
    gold_total = test_total = correct = oov_total = oov_correct = 0
    for number, (g, t) in enumerate(zip(gold_lines, test_lines), 1):
        gw, tw = g.split(), t.split()
        if "".join(gw) != "".join(tw):
            raise SystemExit(f"segeval: line {number}: the characters differ from the gold line")
        gs, ts = spans(gw), set(spans(tw))
        gold_total += len(gs)
        test_total += len(ts)
        for word, span in zip(gw, gs):
            hit = span in ts
            correct += hit
            if training_words is not None and word not in training_words:
                oov_total += 1
                oov_correct += hit
    p = correct / test_total if test_total else 0.0
    r = correct / gold_total if gold_total else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    oov = oov_correct / oov_total if oov_total else float("nan")
    return {"precision": p, "recall": r, "f1": f, "oov_recall": oov, "gold_words": gold_total,
            "test_words": test_total, "oov_words": oov_total}


def read_lines(path):
    with open(path, encoding="utf-8-sig") as f:
        return [line.rstrip("\r\n") for line in f]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("test", help="segmented text to score ('-': standard input)")
    parser.add_argument("--gold", required=True, help="gold segmentation")
    parser.add_argument("--words", help="training word list, for OOV recall")
    parser.add_argument("--min-f1", type=float, help="fail (exit 1) when F1 is below this")
    parser.add_argument("--label", default="", help="name printed with the scores")
    args = parser.parse_args()
    words = None
    if args.words:
        words = {w for line in read_lines(args.words) for w in line.split()[:1]}
    test = [line.rstrip("\r\n") for line in sys.stdin] if args.test == "-" else read_lines(args.test)
    s = score(read_lines(args.gold), test, words)
    print(f"{args.label + ': ' if args.label else ''}P {s['precision']:.4f}  R {s['recall']:.4f}  "
          f"F1 {s['f1']:.4f}  OOV-R {s['oov_recall']:.4f}  "
          f"(gold {s['gold_words']} words, test {s['test_words']}, OOV {s['oov_words']})")
    if args.min_f1 is not None and s["f1"] < args.min_f1:
        print(f"segeval: F1 {s['f1']:.4f} is below the bar {args.min_f1}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
