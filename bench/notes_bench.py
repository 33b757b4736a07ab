"""Throughput of find_notes on plain text: the corpus repeated to 50 MB and to 100 MB.

Usage: python bench/notes_bench.py [--mb 100] [--corpus ../shared/corpus]

Prints MB/s for each size (wall clock and process CPU time, which other processes on a
shared machine disturb less) and the ratio of the two times (linear in length: about 2.0).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from citex import find_notes


def build(corpus: Path, megabytes: float) -> str:
    """The corpus texts, one after another, repeated until the text reaches ``megabytes``."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))]
    unit = "\n\n".join(texts) + "\n\n"
    size = int(megabytes * 1_000_000)
    return (unit * (size // len(unit.encode("utf-8")) + 1))[:size]


def measure(text: str) -> float:
    """CPU seconds find_notes takes on ``text`` (prints wall and CPU throughput)."""
    megabytes = len(text.encode("utf-8")) / 1e6
    wall, cpu = time.perf_counter(), time.process_time()
    doc = find_notes(text)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(
        f"  {megabytes:6.1f} MB: wall {wall:6.2f} s = {megabytes / wall:5.1f} MB/s, "
        f"cpu {cpu:6.2f} s = {megabytes / cpu:5.1f} MB/s; "
        f"{len(doc.markers)} markers, {len(doc.notes)} notes"
    )
    return cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=100.0)
    default_corpus = Path(__file__).resolve().parents[2] / "shared" / "corpus"
    parser.add_argument("--corpus", type=Path, default=default_corpus)
    args = parser.parse_args()
    full = build(args.corpus, args.mb)
    half = full[: len(full) // 2]
    print("find_notes on the corpus repeated:")
    t_half = measure(half)
    t_full = measure(full)
    ratio = t_full / t_half
    print(f"cpu time ratio {args.mb:g} MB / {args.mb / 2:g} MB: {ratio:.2f} (linear: 2.00)")


if __name__ == "__main__":
    main()
