#!/usr/bin/env python3
"""Counts keywords that are genre vocabulary: terms the IDF table finds in more than half of the
corpus documents. Reads `zzreport keywords --format jsonl` output on stdin.

  zzreport keywords -f jsonl $(find ../shared/corpus/gov-reports -name '*.md' | sort) \
    | bench/keywords_generic_check.py data/idf.tsv
"""
import json
import sys

from idf_table import IdfTable

def main():
    idf = IdfTable(sys.argv[1])
    reports = bad_reports = bad_terms = total = 0
    examples = {}
    for line in sys.stdin:
        record = json.loads(line)
        reports += 1
        generic = [k['term'] for k in record['keywords'] if idf.is_generic(k['term'])]
        total += len(record['keywords'])
        if generic:
            bad_reports += 1
            bad_terms += len(generic)
            for term in generic:
                examples[term] = examples.get(term, 0) + 1
    print(f'reports {reports}, keywords {total}, generic keywords {bad_terms} '
          f'in {bad_reports} reports')
    for term, n in sorted(examples.items(), key=lambda x: -x[1])[:20]:
        print(f'  {term}\t{n}')
    return 1 if bad_terms else 0


if __name__ == '__main__':
    sys.exit(main())
