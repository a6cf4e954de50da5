#!/usr/bin/env python3
"""jieba in Python on one file, for bench/compare (dev-only: Debian's python3-jieba, not a project
dependency). Mode "cut": jieba.cut over the whole text (what `zzreport segment` does); mode "tags":
jieba.cut plus jieba.analyse.extract_tags(topK=20) (the nearest thing to `zzreport analyze`)."""
import sys

import jieba
import jieba.analyse


def main():
    path, mode = sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "cut"
    jieba.setLogLevel(60)
    with open(path, encoding="utf-8") as f:
        text = f.read()
    tokens = sum(1 for _ in jieba.cut(text))
    if mode == "tags":
        jieba.analyse.extract_tags(text, topK=20)
    print(tokens)


if __name__ == "__main__":
    main()
