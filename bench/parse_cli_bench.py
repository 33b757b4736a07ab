"""Benchmark ``citex parse`` end to end: references per second and peak memory, by input size.

Usage: python bench/parse_cli_bench.py [TRAIN_JSONL] [--lines 1000 15000 30000] [--jobs 1 2]
       [--rules-only] [--format csl-json]

The ``raw`` strings of LinkedBooks' train.jsonl in ../shared (read at run time, used for
measuring only) are written one per line to a temporary file, and ``python -m citex parse``
runs on the first N of them in a fresh process for each size and number of workers, output
to /dev/null. For each run it prints the wall time, the CPU time of the process and its
workers (steadier than wall time on a shared machine) and the peak resident memory of the
largest of them (issue 12: memory flat as the input grows).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "linkedbooks" / "train.jsonl"


def reference_strings(path: Path, limit: int) -> list[str]:
    """The first ``limit`` ``raw`` strings of a LinkedBooks JSON-lines file."""
    strings: list[str] = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                strings.append(" ".join(json.loads(line)["raw"].split()))
            if len(strings) >= limit:
                break
    return strings


def run(source: Path, jobs: int, extra: list[str]) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds (the command and its workers) and peak RSS in kB."""
    command = [sys.executable, "-m", "citex", "parse", str(source), "-j", str(jobs), *extra]
    start = time.perf_counter()
    with open(os.devnull, "w") as sink:
        process = subprocess.Popen(command, stdout=sink)
        _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    if code := os.waitstatus_to_exitcode(status):
        raise SystemExit(f"citex parse failed with status {code}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dataset", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--lines", type=int, nargs="+", default=[1000, 15000, 30000])
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--rules-only", action="store_true", help="parse with the hand rules alone")
    ap.add_argument("--format", default="csl-json", choices=("csl-json", "json", "bibtex"))
    args = ap.parse_args()
    strings = reference_strings(args.dataset, max(args.lines))
    extra = ["-f", args.format, *(["--rules-only"] if args.rules_only else [])]
    with tempfile.TemporaryDirectory() as scratch:
        for count in args.lines:
            source = Path(scratch) / f"refs-{count}.txt"
            source.write_text("\n".join(strings[:count]) + "\n", encoding="utf-8")
            for jobs in args.jobs:
                wall, cpu, rss = run(source, jobs, extra)
                print(
                    f"{count:>6} lines, {jobs} job(s): wall {wall:6.1f} s ({count / wall:,.0f} "
                    f"refs/s), CPU {cpu:6.1f} s ({count / cpu:,.0f} refs/CPU s), "
                    f"peak RSS {rss / 1024:,.0f} MB"
                )


if __name__ == "__main__":
    main()
