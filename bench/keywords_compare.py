#!/usr/bin/python3
"""Side-by-side table of docs/keywords.md: zzreport's top 20 keywords next to jieba.analyse's
TF-IDF and TextRank top 20, for the seed and three corpus reports.

Needs Debian's python3-jieba (a dev-only tool for this comparison; zzreport does not use it):

  /usr/bin/python3 bench/keywords_compare.py build/src/cli/zzreport > /tmp/compare.md

A term marked * occurs in more than half of the corpus documents by data/idf.tsv (genre vocabulary);
a term in bold is one of the seed's expected terms (issue 4).
"""
import json
import logging
import os
import subprocess
import sys

import jieba
import jieba.analyse

from idf_table import IdfTable

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(ROOT, '..', 'shared')
REPORTS = [
    'seed/zhuzhou-2021-party-congress.txt',
    'corpus/gov-reports/政府工作报告-国务院/2024.md',
    'corpus/gov-reports/政府工作报告-省自治区/湖南省/2023.md',
    'corpus/gov-reports/政府工作报告-主要城市/成都市/2023.md',
]
EXPECTED = {'株洲', '轨道交通', '长株潭', '长株潭一体化', '湘赣边', '三高四新', '三个高地', '动力谷',
            '硬质材料', '航空动力', '制造名城', '幸福株洲'}


def main():
    zzreport = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, 'build/src/cli/zzreport')
    jieba.setLogLevel(logging.WARNING)
    idf = IdfTable(os.path.join(ROOT, 'data/idf.tsv'))

    def mark(term):
        shown = f'**{term}**' if term in EXPECTED else term
        return shown + ('\\*' if idf.is_generic(term) else '')

    for rel in REPORTS:
        path = os.path.join(SHARED, rel)
        out = subprocess.run([zzreport, 'keywords', '-f', 'jsonl', '-k', '20', path],
                             check=True, capture_output=True, text=True).stdout
        ours = [k['term'] for k in json.loads(out)['keywords']]
        with open(path, encoding='utf-8') as f:
            text = f.read()
        tfidf = jieba.analyse.extract_tags(text, topK=20)
        textrank = jieba.analyse.textrank(text, topK=20)
        print(f'### {rel.split("/", 1)[1] if rel.startswith("corpus") else rel}\n')
        print('| # | zzreport (tfidf) | jieba TF-IDF | jieba TextRank |')
        print('| --- | --- | --- | --- |')
        for i in range(20):
            cells = [mark(col[i]) if i < len(col) else '' for col in (ours, tfidf, textrank)]
            print(f'| {i + 1} | ' + ' | '.join(cells) + ' |')
        generic = [sum(idf.is_generic(t) for t in col) for col in (ours, tfidf, textrank)]
        expected = [sum(t in EXPECTED for t in col) for col in (ours, tfidf, textrank)]
        print(f'| | generic: {generic[0]} | generic: {generic[1]} | generic: {generic[2]} |')
        if rel.startswith('seed'):
            print(f'| | expected: {expected[0]} | expected: {expected[1]} | expected: {expected[2]} |')
        print()


if __name__ == '__main__':
    main()
