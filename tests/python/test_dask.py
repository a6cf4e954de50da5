# examples/dask_archive.py on a real LocalCluster (a scheduler and 2 worker processes): its JSON
# Lines over 100 held-out corpus reports (every 11th of the corpus, none of test_corpus.py's) are
# `zzreport analyze -f jsonl` of the same files, byte for byte, and each worker's peak memory,
# zzreport's data included, stays under 150 MB.
import os
import pathlib
import re
import subprocess
import sys

import pytest

if os.environ.get("ZZREPORT_REQUIRE_PYTHON") != "1":  # setup.sh installs them; CI requires them
    pytest.importorskip("distributed", reason="python3-dask and python3-distributed are not installed")

ROOT = pathlib.Path(__file__).resolve().parents[2]
SHARED = pathlib.Path(os.environ["ZZREPORT_SHARED_DIR"])
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import test_corpus  # noqa: E402  (its 20 reports are left out here)

PEAK_MB = 150


def held_out_reports():
    seen = {str(p) for p in test_corpus.REPORTS}
    every = sorted((str(p) for p in (SHARED / "corpus/gov-reports").rglob("*.md")), key=os.fsencode)
    return [p for p in every[::11] if p not in seen][:100]


def test_dask_archive_is_the_cli_jsonl(cli, tmp_path):
    reports = held_out_reports()
    assert len(reports) == 100
    listing = tmp_path / "reports.txt"
    listing.write_text("".join(p + "\n" for p in reports), encoding="utf-8")
    output = tmp_path / "dask.jsonl"
    done = subprocess.run(
        [sys.executable, ROOT / "examples/dask_archive.py", "--workers", "2", "--memory",
         "--files-from", listing, "-o", output],
        capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert output.read_bytes() == cli("analyze", "-f", "jsonl", "--files-from", listing)
    peaks = [float(mb) for mb in re.findall(r"peak memory ([0-9.]+) MB", done.stderr)]
    print(done.stderr)
    assert len(peaks) == 2, done.stderr
    assert max(peaks) < PEAK_MB, f"worker peak memory {peaks} MB, the bar is {PEAK_MB} MB"
