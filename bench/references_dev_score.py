"""Score the references ``extract`` finds in the dev documents that carry reference spans.

Usage: python bench/references_dev_score.py [--shared ../shared] [--report]

Per document and pooled: gold references, found (a ``full`` citation overlaps at least half of
the shorter span), proposed ``full`` citations, recall, precision, and micro precision, recall
and F1 of the CSL fields of the works found (see tests/reference_scoring.py). ``--report``
also lists, per document, the gold references missed, the proposals paired with none and the
fields of found works that differ from the gold.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from citex import extract

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--report", action="store_true", help="list misses and field errors")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "tests"))
    from reference_scoring import score_dev

    start = time.perf_counter()
    report: dict[str, list[str]] | None = {} if args.report else None
    results = score_dev(args.shared / "corpus" / "dev", extract, report=report)
    for name, lines in (report or {}).items():
        print(f"== {name}", *lines, sep="\n  ")
    for name, r in results.items():
        print(
            f"{name:40} gold {r['gold']:4.0f} found {r['found']:4.0f} proposed {r['proposed']:4.0f}"
            f"  recall {r['recall']:.3f}  precision {r['precision']:.3f}  fields P "
            f"{r['field_p']:.3f} R {r['field_r']:.3f} F1 {r['field_f1']:.3f}"
        )
    print(f"{time.perf_counter() - start:.1f} s")


if __name__ == "__main__":
    main()
