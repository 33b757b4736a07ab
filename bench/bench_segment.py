"""Throughput of find_bibliography() on real and worst-case texts.

    python bench/bench_segment.py [FILE ...]

Without files: the shared finder texts (pdftotext layout, bibliographies at chapter ends)
and the shared corpus, each repeated to a few MB; then two worst cases: a text that is all
bibliography, and one enormous line.
"""

from __future__ import annotations

import glob
import html
import sys
import time
from pathlib import Path

from citex.sections.bibliography import find_bibliography

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"


def ttx_text(path: str) -> str:
    """The text column of an anystyle .ttx file ("label | text" rows)."""
    rows = Path(path).read_text(encoding="utf-8").split("\n")
    return "\n".join(html.unescape(row.split("|", 1)[1][1:]) for row in rows if "|" in row)


def measure(name: str, text: str, repeat: int = 3) -> None:
    """Print the best of ``repeat`` runs in MB/s (UTF-8 bytes per CPU second)."""
    size = len(text.encode("utf-8")) / 1e6
    best = min(_time(text) for _ in range(repeat))
    found = len(find_bibliography(text))
    print(f"{name:<34}{size:>8.2f} MB{best:>8.3f} s{size / best:>9.1f} MB/s{found:>8} refs")


def _time(text: str) -> float:
    """CPU seconds of one run: steadier than wall time on a shared machine."""
    start = time.process_time()
    find_bibliography(text)
    return time.process_time() - start


def main(paths: list[str]) -> None:
    if paths:
        for path in paths:
            measure(Path(path).name, Path(path).read_text(encoding="utf-8", errors="replace"))
        return
    finder = "\n".join(
        ttx_text(path) for path in sorted(glob.glob(str(SHARED / "data/anystyle/finder/*.ttx")))
    )
    measure("finder texts", finder)
    corpus = "\n".join(
        path.read_text(encoding="utf-8") for path in sorted((SHARED / "corpus").glob("*.txt"))
    )
    measure("corpus x20", corpus * 20)
    entry = (
        "Alexander, Michelle. 2011. The New Jim Crow: Mass Incarceration in the Age of\n"
        "    Colorblindness. New York: The New Press.\n"
    )
    measure("all bibliography (5 MB)", "References\n\n" + entry * (5_000_000 // len(entry)))
    measure("one enormous line (5 MB)", "References\n" + "Smith, J. 1999, " * 300_000)
    measure("enormous prose line (5 MB)", "the cat sat on the mat " * 220_000)
    measure(
        "enormous hyphenated lines",
        "References\nSmith, J. 1999. A" + "b" * 2_500_000 + "-\n" + "c" * 2_500_000,
    )


if __name__ == "__main__":
    main(sys.argv[1:])
