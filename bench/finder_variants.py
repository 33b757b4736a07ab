"""The shared finder files made harder: bibliography headings removed (the finder must
find headless bibliographies), or every other heading removed (sections run on into the
next chapter and must be trimmed). Line-level P/R/F1 as ../shared/eval/finder_eval.py.

    python bench/finder_variants.py

Measurement only: the files are read at run time, nothing is copied.
"""

from __future__ import annotations

import glob
import re
import sys
from pathlib import Path

from citex.sections.bibliography import find_bibliography

EVAL = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"
sys.path.insert(0, str(EVAL))

from finder_eval import load_ttx, prf, score_lines  # noqa: E402 (the shared scorer)

BIBLIOGRAPHY = re.compile(r"\s*[\d.]*\s*(references|bibliography)\s*$", re.IGNORECASE)


def variant(text: str, labels: list[str], keep_bibliography_headings: bool) -> str:
    """``text`` with the lines labelled 'title' blanked: those that are bibliography
    headings, or all the others."""
    lines = text.split("\n")
    return "\n".join(
        ""
        if label == "title" and bool(BIBLIOGRAPHY.match(line)) != keep_bibliography_headings
        else line
        for line, label in zip(lines, labels, strict=True)
    )


def main() -> None:
    files = sorted(glob.glob(str(EVAL.parent / "data" / "anystyle" / "finder" / "*.ttx")))
    for name, keep in [("no bibliography headings", False), ("no other headings", True)]:
        total = {"gold": 0, "pred": 0, "correct": 0}
        for path in files:
            text, labels = load_ttx(path)
            changed = variant(text, labels, keep)
            spans = [(r.span.start, r.span.end) for r in find_bibliography(changed)]
            counts = score_lines(changed, labels, spans)
            for key in total:
                total[key] += counts[key]
        scores = prf(total)
        print(f"{name:<26} P {scores['p']:.3f}  R {scores['r']:.3f}  F1 {scores['f1']:.3f}")


if __name__ == "__main__":
    main()
