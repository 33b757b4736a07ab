"""Throughput of citekeys and the BibTeX/CSL-JSON exporters and readers.

Run: ``python bench/bench_export.py [N]`` (default 5000 references). Prints seconds and
references per second for each step; the references are hostile ones from the test
strategies, generated deterministically.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from hypothesis import HealthCheck, given, settings

from citex.formats.bibtex import read_bibtex, to_bibtex
from citex.formats.csl import read_csl_json, to_csl_json
from citex.works.keys import assign_citekeys
from strategies import references


def _sample(count: int) -> list:
    """``count`` generated references (one per hypothesis example, derandomized)."""
    drawn: list = []

    @settings(
        max_examples=count,
        database=None,
        derandomize=True,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(references())
    def draw(ref) -> None:
        drawn.append(ref)

    draw()
    return drawn[:count]


def _time(label: str, count: int, step) -> object:
    start = time.perf_counter()
    result = step()
    elapsed = time.perf_counter() - start
    print(f"{label:<22} {elapsed:8.3f} s  {count / elapsed:10.0f} refs/s")
    return result


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    refs = _sample(count)
    print(f"{count} references")
    _time("assign_citekeys", count, lambda: assign_citekeys(refs))
    bib = _time("to_bibtex", count, lambda: to_bibtex(refs))
    _time("read_bibtex", count, lambda: read_bibtex(bib))
    items = _time("to_csl_json", count, lambda: to_csl_json(refs))
    text = json.dumps(items, ensure_ascii=False)
    _time("read_csl_json", count, lambda: read_csl_json(text))


if __name__ == "__main__":
    main()
