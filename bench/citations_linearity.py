"""Hostile notes for the citation splitter: time at n and 2n characters (linear: ratio ~2).

Usage: python bench/citations_linearity.py [--chars 40000]

Each case repeats one shape that could make a naive splitter rescan the note (many cues
before one year, many years in prose, unbalanced brackets, URLs in one long sentence...).
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

from citex.citations.find import split_citations

CASES: dict[str, Callable[[int], str]] = {
    "open parens": lambda n: "(" * n,
    "open quotes": lambda n: "«" * n,
    "names and commas": lambda n: "Smith, " * (n // 7),
    "page lists": lambda n: "1, " * (n // 3),
    "years in prose": lambda n: "in the year 1990 we saw in Paris 1991 and " * (n // 42),
    "cues then a year": lambda n: "see " * (n // 4) + "Paris 1990",
    "lowercase quotes": lambda n: "“word” " * (n // 7) + " (1990)",
    "nested year parens": lambda n: "(x (1990) y) " * (n // 13),
    "author sentences": lambda n: "Smith, John. " * (n // 13) + "Paris, Verso 1990.",
    "urls in one sentence": lambda n: "see http://a.b/ x. " * (n // 19),
    "initials": lambda n: "A. " * (n // 3),
    "brackets": lambda n: "[" * (n // 2) + "]" * (n // 2),
    "ibid chain": lambda n: "Ibid., " * (n // 7),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=40_000)
    n = parser.parse_args().chars
    for name, make in CASES.items():
        times = []
        for size in (n, 2 * n):
            text = make(size)
            best = float("inf")
            for _ in range(3):  # the best of three: the machine is shared
                start = time.perf_counter()
                split_citations(text)
                best = min(best, time.perf_counter() - start)
            times.append(best)
        print(
            f"{name:22} {times[0] * 1000:8.1f} ms {times[1] * 1000:8.1f} ms  "
            f"ratio {times[1] / max(times[0], 1e-9):.1f}"
        )


if __name__ == "__main__":
    main()
