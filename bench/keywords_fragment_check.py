#!/usr/bin/env python3
"""Counts keywords a reader would not take for a term: fragments of words and function phrases, in
the top 20 of a fixed sample of corpus reports (every 5th report in path order: 237 of 1,185).

  bench/keywords_fragment_check.py --zzreport build/src/cli/zzreport \
      --corpus ../shared/corpus/gov-reports --data data [--max N] [--every K] [--show M]

A keyword is counted when, in most of its first occurrences (the spans zzreport lists):
  inside     it starts or ends inside a word of general language: where it starts or ends is no
             word boundary of ICU's dictionary in that sentence (`zzreport segment --no-lexicon`:
             ICU's words and the number rules, nothing learnt from the corpus; 型数控机床 in
             大型数控机床, 韩经贸… in 中韩经贸…, 位代表 in 各位代表); a place name before the
             suffix of its division is no fragment (定西 in 定西市, which ICU holds whole);
and wherever it occurs, when
  function   it begins or ends with a function word (a function character or word below) and the
             rest is a common word (因危机, 临沂至, 可申请, 不足而), unless it is itself a common
             word (可持续, 使命): a word of data/lexicon.txt of frequency at least --common;
  only       it is made of function words and characters alone (一同, 丝毫不, 是否);
  numeral    it is a number written in words (百分之百, 三十), not a five-year plan (九五, 十五).
Exit status 1 when more than --max keywords are counted (CI runs it with the measured figure as the
bar: docs/keywords.md, "Fragments"), else 0.
"""
import argparse
import json
import os
import subprocess
import sys

# Closed classes of Chinese function words, independent of the shipped stop words: particles,
# prepositions, conjunctions, adverbs of degree, time, negation and scope, modal verbs,
# demonstratives and determiners. Characters that are as often the head of a noun (者, 会, 中, 前)
# are left out.
FUNCTION_CHARS = set(
    '的地得之了着过吗呢吧啊所'
    '在于以为对把被将从向由与和及并而且但则即若或因至自往经按'
    '也都又还再就才更最很太均已曾正要不没未非无别莫'
    '可能应该须让使给'
    '这那此其该各每某诸另'
    '甚极颇稍较越愈')
FUNCTION_WORDS = {
    '一些', '一切', '一同', '一起', '一直', '一定', '一大批', '一批', '丝毫', '不仅', '不断', '从而', '以便',
    '以及', '但是', '何时', '使得', '凭借', '到处', '即使', '只要', '只有', '可以', '各种', '各项',
    '同时', '哪些', '因为', '因此', '如果', '始终', '尽管', '已经', '并且', '必定', '必须', '所有',
    '是否', '更加', '然而', '现已', '由于', '能够', '虽然', '这么', '这样', '这些', '进而', '那么',
    '那样', '那些', '非常', '多么', '应当', '应该', '需要', '或者', '而且', '并非', '总是', '正在',
}
# The suffixes of administrative divisions: 定西 in 定西市 is a name, although ICU holds 定西市 whole.
DIVISION_SUFFIXES = set('省市县区州旗盟镇乡村')
NUMERALS = set('〇零一二两三四五六七八九十百千万亿')


def read_lexicon(path, common):
    words = set()
    with open(path, encoding='utf-8') as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 2 and not line.startswith('#') and int(parts[1]) >= common:
                words.add(parts[0])
    return words


def icu_boundaries(zzreport, path):
    """The code-point offsets where ICU's segmentation of the file puts a word boundary."""
    run = subprocess.run([zzreport, 'segment', '--no-lexicon', '-f', 'jsonl', path],
                         capture_output=True, text=True, check=True)
    cuts = set()
    for line in run.stdout.splitlines():
        for token in json.loads(line)['tokens']:
            cuts.update(token['span'])
    return cuts


class Checker:
    def __init__(self, lexicon):
        self.lexicon = lexicon  # the common words

    @staticmethod
    def is_function(s):
        return s in FUNCTION_WORDS or (len(s) == 1 and s in FUNCTION_CHARS)

    def only_function(self, term):
        """term splits into function words and characters alone."""
        ok = [True] + [False] * len(term)
        for i in range(1, len(term) + 1):
            ok[i] = any(ok[k] and self.is_function(term[k:i]) for k in range(max(0, i - 4), i))
        return ok[len(term)]

    def function_edge(self, term):
        if term in self.lexicon:
            return False
        for n in range(1, min(4, len(term))):
            head, rest = term[:n], term[n:]
            if self.is_function(head) and len(rest) >= 2 and rest in self.lexicon:
                return True
            rest, tail = term[:-n], term[-n:]
            if self.is_function(tail) and len(rest) >= 2 and rest in self.lexicon:
                return True
        return False

    def kind(self, term, text, cuts, spans):
        if all(c in NUMERALS or c in '分之' for c in term) and not term.endswith('五'):
            return 'numeral'
        if self.only_function(term):
            return 'only'
        if self.function_edge(term):
            return 'function'
        inside = sum(1 for b, e in spans
                     if b not in cuts or (e not in cuts and text[e:e + 1] not in DIVISION_SUFFIXES))
        if spans and 2 * inside > len(spans):
            return 'inside'
        return None


def sample(corpus, every):
    paths = []
    for d, _, files in os.walk(corpus):
        paths += [os.path.join(d, f) for f in files if f.endswith('.md')]
    return sorted(paths)[::every]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--zzreport', required=True)
    ap.add_argument('--corpus', required=True)
    ap.add_argument('--data', required=True, help="zzreport's data directory (its lexicon)")
    ap.add_argument('--every', type=int, default=5)
    ap.add_argument('--common', type=int, default=100,
                    help='least lexicon frequency of a word a keyword must not cut (per 1e8 words)')
    ap.add_argument('--max', type=int, default=None, help='fail above this many keywords counted')
    ap.add_argument('--show', type=int, default=30, help='examples to print')
    ap.add_argument('--keywords', help='read this `keywords -f jsonl` output instead of running zzreport')
    args = ap.parse_args()

    paths = sample(args.corpus, args.every)
    if args.keywords:
        lines = open(args.keywords, encoding='utf-8').read().splitlines()
    else:
        run = subprocess.run([args.zzreport, 'keywords', '-f', 'jsonl', *paths],
                             capture_output=True, text=True, check=True)
        lines = run.stdout.splitlines()
    checker = Checker(read_lexicon(os.path.join(args.data, 'lexicon.txt'), args.common))
    counts, examples, reports, total, bad_reports = {}, [], 0, 0, 0
    for line in lines:
        record = json.loads(line)
        if 'error' in record:
            continue
        reports += 1
        with open(record['path'], encoding='utf-8-sig') as f:
            text = f.read()
        cuts = icu_boundaries(args.zzreport, record['path'])
        bad = False
        for k in record['keywords']:
            total += 1
            kind = checker.kind(k['term'], text, cuts, [tuple(s) for s in k['spans']])
            if kind:
                bad = True
                counts[kind] = counts.get(kind, 0) + 1
                b, e = k['spans'][0]
                examples.append(f"  {kind:8} {k['term']}\t…{text[max(0, b - 6):e + 6]}…".replace('\n', ' '))
        bad_reports += bad
    found = sum(counts.values())
    print(f'reports {reports}, keywords {total}, fragments and function phrases {found} '
          f'in {bad_reports} reports: ' + ', '.join(f'{k} {v}' for k, v in sorted(counts.items())))
    print('\n'.join(examples[:args.show]))
    if reports < len(paths):
        print(f'keywords_fragment_check: {len(paths) - reports} reports failed', file=sys.stderr)
        return 1
    if args.max is not None and found > args.max:
        print(f'keywords_fragment_check: above the bar: {found} > {args.max}', file=sys.stderr)
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())
