#!/usr/bin/env python3
"""The zzreport Python module against jieba and against itself (docs/python.md), with the bars of
issue #20 as assertions (run by ctest, label "eval", with Debian's python3):

1. zzreport.cut and jieba.lcut on the same text, about 5 MB of corpus reports concatenated, each
   timed once after its data is loaded: zzreport must be at least --min-speedup times faster.
   segment() on the same text is timed beside it (its words must be cut()'s; no bar on its time).
2. SIGHAN PKU F1 of zzreport.cut (line by line, as bench/segeval_pku.sh segments) must equal the
   command line's `zzreport segment` F1, and the segmented text be the same bytes.
3. analyze_many(jobs=2) against a loop of analyze() over the first --reports corpus reports: the
   same reports, and the times.

  python_bench.py --zzreport build/src/cli/zzreport --shared ../shared [--min-speedup 5]
"""
import argparse
import os
import pathlib
import subprocess
import sys
import time

import zzreport

try:
    import jieba
except ImportError:  # setup.sh installs python3-jieba; CI requires it
    print("skipped: no jieba for this python (Debian: python3-jieba)")
    sys.exit(1 if os.environ.get("ZZREPORT_REQUIRE_PYTHON") == "1" else 77)

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import segeval  # noqa: E402  (bench/segeval.py, the scorer of segeval_pku.sh)


def corpus_files(shared):
    return sorted((shared / "corpus/gov-reports").rglob("*.md"))


def five_megabytes(files, size=5 * 1024 * 1024):
    parts, total = [], 0
    for path in files:
        text = path.read_text(encoding="utf-8")
        parts.append(text)
        total += len(text.encode("utf-8"))
        if total >= size:
            break
    return "\n".join(parts)


def timed(function, *args):
    start = time.perf_counter()
    result = function(*args)
    return result, time.perf_counter() - start


def bench_cut(text, min_speedup):
    zzreport.cut("预热")  # the data files load on first use: not part of the time
    jieba.setLogLevel(60)
    jieba.initialize()
    words, zz_seconds = timed(zzreport.cut, text)
    jieba_words, jieba_seconds = timed(jieba.lcut, text)
    megabytes = len(text.encode("utf-8")) / 1e6
    speedup = jieba_seconds / zz_seconds
    print(f"cut: {megabytes:.1f} MB: zzreport.cut {zz_seconds:.2f} s ({megabytes / zz_seconds:.1f} MB/s, "
          f"{len(words)} words), jieba.lcut {jieba_seconds:.2f} s ({megabytes / jieba_seconds:.2f} MB/s, "
          f"{len(jieba_words)} words): {speedup:.1f}x")
    lines, segment_seconds = timed(zzreport.segment, text)
    print(f"segment: {segment_seconds:.2f} s ({segment_seconds / zz_seconds:.1f}x cut), "
          f"{sum(len(line['tokens']) for line in lines)} tokens with spans and types")
    if [t["text"] for line in lines for t in line["tokens"]] != words:
        print("python_bench: zzreport.segment gave other words than zzreport.cut", file=sys.stderr)
        return False
    if speedup < min_speedup:
        print(f"python_bench: zzreport.cut is {speedup:.1f}x jieba.lcut, below the bar {min_speedup}x",
              file=sys.stderr)
        return False
    return True


def bench_pku(cli, segeval_dir):
    test = segeval_dir / "pku_test.utf8"
    gold = segeval.read_lines(segeval_dir / "pku_test_gold.utf8")
    words = {w for line in segeval.read_lines(segeval_dir / "pku_training_words.utf8") for w in line.split()[:1]}
    cli_lines = subprocess.run([cli, "segment", test], capture_output=True, check=True).stdout.decode()
    module_lines = "".join(" ".join(zzreport.cut(line)) + "\n" for line in segeval.read_lines(test))
    cli_score = segeval.score(gold, cli_lines.splitlines(), words)
    module_score = segeval.score(gold, module_lines.splitlines(), words)
    print(f"PKU: F1 zzreport.cut {module_score['f1']:.4f}, zzreport segment {cli_score['f1']:.4f}")
    ok = module_score == cli_score and module_lines == cli_lines
    if not ok:
        print("python_bench: the module's PKU segmentation differs from the command line's", file=sys.stderr)
    return ok


def bench_many(files):
    loop, loop_seconds = timed(lambda: [zzreport.analyze_json(p) for p in files])
    many, many_seconds = timed(lambda: list(zzreport.analyze_many(files, jobs=2, format="json")))
    print(f"analyze: {len(files)} reports: a loop of analyze() {loop_seconds:.2f} s, "
          f"analyze_many(jobs=2) {many_seconds:.2f} s: {loop_seconds / many_seconds:.2f}x")
    if many != loop:
        print("python_bench: analyze_many gave other reports than analyze", file=sys.stderr)
        return False
    return True


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--zzreport", required=True, help="the command line, for PKU")
    parser.add_argument("--shared", required=True, type=pathlib.Path, help="../shared")
    parser.add_argument("--min-speedup", type=float, default=5.0)
    parser.add_argument("--reports", type=int, default=40)
    args = parser.parse_args()
    files = corpus_files(args.shared)
    ok = bench_cut(five_megabytes(files), args.min_speedup)
    ok &= bench_pku(args.zzreport, args.shared / "segeval")
    ok &= bench_many(files[: args.reports])
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
