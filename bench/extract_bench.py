"""Throughput of the whole ``extract`` pipeline, and a check that it is linear in length.

Usage: python bench/extract_bench.py [--mb 20] [--corpus ../shared/corpus]

Two measures:
- per document: each corpus text extracted on its own, repeated until ``--mb`` MB have gone
  through (the way ``citex extract`` meets real files), in MB/s;
- one long text: the corpus texts joined and repeated to ``--mb`` MB and to half of it, in
  one call; the ratio of the two times shows linearity (about 2.0).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from citex import extract


def _mb(text: str) -> float:
    return len(text.encode("utf-8")) / 1e6


def per_document(texts: list[str], megabytes: float) -> None:
    """Extract each text in turn until ``megabytes`` have been processed."""
    done, rounds, elapsed, cpu, citations = 0.0, 0, 0.0, 0.0, 0
    while done < megabytes:
        for text in texts:
            start, cpu_start = time.perf_counter(), time.process_time()
            doc = extract(text)
            elapsed += time.perf_counter() - start
            cpu += time.process_time() - cpu_start
            done += _mb(text)
            citations += len(doc.citations)
        rounds += 1
    print(
        f"per document: {done:6.1f} MB in {elapsed:6.2f} s = {done / elapsed:6.1f} MB/s "
        f"(CPU {cpu:6.2f} s = {done / cpu:6.1f} MB/s; the machine may be shared) "
        f"({rounds} rounds over {len(texts)} texts, {citations} citations)"
    )


def one_text(text: str) -> float:
    """Seconds ``extract`` takes on ``text`` as a single document."""
    start = time.perf_counter()
    doc = extract(text)
    elapsed = time.perf_counter() - start
    print(
        f"one text: {_mb(text):6.1f} MB in {elapsed:6.2f} s = {_mb(text) / elapsed:6.1f} MB/s "
        f"({len(doc.notes)} notes, {len(doc.citations)} citations, {len(doc.works)} works)"
    )
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=20.0)
    parser.add_argument(
        "--corpus", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "corpus"
    )
    args = parser.parse_args()
    texts = [p.read_text(encoding="utf-8") for p in sorted(args.corpus.glob("*.txt"))]
    per_document(texts, args.mb)
    unit = "\n\n".join(texts) + "\n\n"
    full = unit * max(1, int(args.mb * 1e6 / len(unit.encode("utf-8"))))
    half = unit * max(1, full.count(unit) // 2)
    t_half = one_text(half)
    t_full = one_text(full)
    print(f"time ratio full / half: {t_full / t_half:.2f} (linear: {_mb(full) / _mb(half):.2f})")


if __name__ == "__main__":
    main()
