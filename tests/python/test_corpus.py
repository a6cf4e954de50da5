# The zzreport module against the command line on 20 corpus reports (../shared) of every level and
# decade, national 1955 to a county-level district in GBK: analyze() is the object `analyze -f json`
# writes and analyze_json() its bytes; analyze_many() is `analyze -f jsonl` of them all.
import json
import os
import pathlib

import pytest
import zzreport

SHARED = pathlib.Path(os.environ["ZZREPORT_SHARED_DIR"])
GOV = SHARED / "corpus/gov-reports"
REPORTS = [
    GOV / "政府工作报告-国务院/1955.md",
    GOV / "政府工作报告-国务院/1964-part.md",
    GOV / "政府工作报告-国务院/1978.md",
    GOV / "政府工作报告-国务院/1987.md",
    GOV / "政府工作报告-国务院/1995.md",
    GOV / "政府工作报告-国务院/2008.md",
    GOV / "政府工作报告-国务院/2024.md",
    GOV / "政府工作报告-省自治区/河北省/1999.md",
    GOV / "政府工作报告-省自治区/河北省/2026.md",
    GOV / "政府工作报告-省自治区/云南省/2005.md",
    GOV / "政府工作报告-省自治区/云南省/2019.md",
    GOV / "政府工作报告-主要城市/上海市/2003.md",
    GOV / "政府工作报告-主要城市/上海市/2018.md",
    GOV / "政府工作报告-主要城市/深圳市/2012.md",
    GOV / "政府工作报告-主要城市/深圳市/2025.md",
    GOV / "政府工作报告-其他地市/七台河市/2016.md",
    GOV / "政府工作报告-其他地市/三明市/2023.md",
    GOV / "政府工作报告-其他地市/白城市/2020.md",
    SHARED / "corpus/gbk-district/hailaer-2012.txt",
    SHARED / "corpus/gbk-district/hailaer-2015.txt",
]


def test_the_sample_covers_levels_and_decades():
    levels = {zzreport.analyze(p, parts="targets")["document"]["level"] for p in REPORTS[::3]}
    assert len(REPORTS) == 20 and all(p.is_file() for p in REPORTS)
    assert len(levels) >= 3, levels


@pytest.mark.parametrize("path", REPORTS, ids=lambda p: "/".join(p.parts[-2:]))
def test_analyze_is_the_cli_json(cli, path):
    want = cli("analyze", "-f", "json", path)
    assert zzreport.analyze_json(path).encode() == want
    assert zzreport.analyze(path) == json.loads(want)


def test_analyze_many_is_the_cli_jsonl(cli):
    want = cli("analyze", "-f", "jsonl", "-j", "2", *REPORTS).decode()
    assert "".join(zzreport.analyze_many(REPORTS, jobs=2, format="jsonl")) == want
