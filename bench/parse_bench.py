"""Benchmark parse_reference(): references per second, peak memory, and linear scaling.

Usage: python bench/parse_bench.py [CORE_XML] [--repeat N] [--learned]

The reference strings are read at run time from AnyStyle's core.xml in ../shared (used
for measuring only; nothing from it is stored). Prints refs/s for 1x and 2x the input
(the ratio of times should be close to 2 when cost is linear), the peak memory of a
run (tracemalloc), and the time of the slowest single reference.
"""

from __future__ import annotations

import argparse
import time
import tracemalloc
import xml.etree.ElementTree as ET
from pathlib import Path

from citex.parse import names, shapes, tagger
from citex.parse.reference import parse_reference, parse_references

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "anystyle" / "core.xml"


def load_strings(path: Path) -> list[str]:
    """Raw reference strings: the segment texts of each <sequence> joined by spaces."""
    strings = []
    for seq in ET.parse(path).getroot().iter("sequence"):
        parts = [" ".join((e.text or "").split()) for e in seq]
        strings.append(" ".join(p for p in parts if p))
    return strings


def forget_cached_tests() -> None:
    """Empty the parser's remembered word and segment tests, so that a repeated run over
    the same strings is not helped by what the run before it remembered (the tagger's
    model, opened once per process, stays open)."""
    for module in (shapes, names, tagger):
        for name, value in vars(module).items():
            if name != "_model" and callable(getattr(value, "cache_clear", None)):
                value.cache_clear()


LEARNED = False  # --learned: parse with the learned tagger too


def timed(texts: list[str]) -> float:
    """CPU seconds of this process to parse ``texts`` once, starting with empty caches
    (CPU time is steadier than wall time on a machine shared with other jobs; both are
    printed for the 1x run)."""
    forget_cached_tests()
    start = time.process_time()
    parse_references(texts, learned=LEARNED)
    return time.process_time() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dataset", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--repeat", type=int, default=3, help="take the best of N runs")
    ap.add_argument("--learned", action="store_true", help="with the learned tagger")
    args = ap.parse_args()
    global LEARNED
    LEARNED = args.learned
    texts = load_strings(args.dataset)
    parse_references(texts[:200], learned=LEARNED)  # warm up patterns (and open the model)
    one = min(timed(texts) for _ in range(args.repeat))
    two = min(timed(texts * 2) for _ in range(args.repeat))
    forget_cached_tests()
    wall_start = time.perf_counter()
    parse_references(texts, learned=LEARNED)
    wall = time.perf_counter() - wall_start
    print(f"references: {len(texts)}")
    print(
        f"wall: {wall:.3f} s  {len(texts) / wall:,.0f} refs/s"
        " (one run; other jobs on the machine count here)"
    )
    print(f"1x: {one:.3f} CPU s  {len(texts) / one:,.0f} refs/s")
    print(
        f"2x: {two:.3f} CPU s  {2 * len(texts) / two:,.0f} refs/s"
        f"  (time ratio 2x/1x = {two / one:.2f})"
    )
    tracemalloc.start()
    parse_references(texts, learned=LEARNED)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"peak memory while parsing {len(texts)} refs: {peak / 1e6:.1f} MB")
    slowest = max(texts, key=lambda t: _one(t))
    print(f"slowest reference: {_one(slowest) * 1e3:.2f} ms ({len(slowest)} chars)")
    long_line = "(1999) [12], 3-4; " * 6000
    print(f"hostile 100 kB line: {_one(long_line) * 1e3:.1f} ms")


def _one(text: str) -> float:
    start = time.perf_counter()
    parse_reference(text, learned=LEARNED)
    return time.perf_counter() - start


if __name__ == "__main__":
    main()
