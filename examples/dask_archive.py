#!/usr/bin/env python3
"""Analyse an archive of reports on a Dask cluster with the zzreport module (docs/scaling.md).

A dask.bag of report paths is mapped through zzreport.analyze_json on the cluster's workers; the
lines come back in input order and are written as JSON Lines, the same bytes as `zzreport analyze -f
jsonl` of the same files. Each worker loads the data files once (a worker plugin loads them as the
worker starts) and keeps them for every task.

  dask_archive.py -o analyses.jsonl reports/*.md                 # a local cluster, 2 worker processes
  dask_archive.py --workers 8 -o analyses.jsonl reports/
  dask_archive.py --scheduler tcp://10.0.0.1:8786 -o analyses.jsonl --files-from list.txt

Workers need the zzreport module importable (the Debian package, or PYTHONPATH=build/python) and
the report files at the same paths (a shared file system); texts without one: docs/scaling.md.
"""
import argparse
import os
import pathlib
import resource
import sys

import dask.bag
from dask.distributed import Client, LocalCluster, WorkerPlugin


class LoadZzreport(WorkerPlugin):
    """Loads zzreport's data files when a worker starts: once per worker process, not per task."""

    name = "load-zzreport"

    def setup(self, worker):
        import zzreport

        zzreport.data_dir()


def analyze_paths(paths):
    """A partition of paths -> their JSON Lines (runs on a worker)."""
    import zzreport

    return [zzreport.analyze_json(pathlib.Path(p), format="jsonl") for p in paths]


def peak_rss_mb():
    """This process's peak resident memory in MB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def report_paths(inputs, files_from):
    paths = []
    for name in inputs:
        p = pathlib.Path(name)
        if p.is_dir():  # as the command line expands a directory: recursively, sorted by bytes
            found = [f for f in p.rglob("*") if f.is_file() and not any(x.startswith(".") for x in f.parts)]
            paths += sorted((str(f) for f in found), key=os.fsencode)
        else:
            paths.append(name)
    if files_from:
        with open(files_from, encoding="utf-8") as f:
            paths += [line.rstrip("\n") for line in f if line.strip()]
    return paths


def run(client, paths, partitions=None):
    """The JSON Lines of every path, in input order, computed on `client`'s cluster."""
    client.register_worker_plugin(LoadZzreport())
    workers = len(client.scheduler_info()["workers"]) or 1
    bag = dask.bag.from_sequence(paths, npartitions=partitions or min(len(paths), 4 * workers) or 1)
    return bag.map_partitions(analyze_paths).compute()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("inputs", nargs="*", help="report files or directories")
    parser.add_argument("-o", "--output", default="-", help="JSON Lines output (default: standard output)")
    parser.add_argument("--files-from", help="more report paths, one a line")
    parser.add_argument("--scheduler", help="a running cluster's scheduler address (default: a local cluster)")
    parser.add_argument("--workers", type=int, default=2, help="worker processes of the local cluster")
    parser.add_argument("--partitions", type=int, help="bag partitions (default: 4 per worker)")
    parser.add_argument("--memory", action="store_true", help="print each worker's peak memory on stderr")
    args = parser.parse_args()

    if args.scheduler:
        client = Client(args.scheduler)
    else:
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    with client:
        lines = run(client, report_paths(args.inputs, args.files_from), args.partitions)
        if args.output == "-":
            sys.stdout.writelines(lines)
        else:
            with open(args.output, "w", encoding="utf-8") as out:
                out.writelines(lines)
        if args.memory:
            for address, mb in sorted(client.run(peak_rss_mb).items()):
                print(f"worker {address}: peak memory {mb:.1f} MB", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
