"""Notes and markers read from documents, scored against the fixtures' gold; and reading speed.

    python bench/documents_bench.py [--repeat 5] [--big-mb 10]

For each fixture of tests/data/documents (made from article.md by make_fixtures.py) it prints
marker and note precision, recall and F1 against ``article.gold.json``, how many notes have
exactly the gold text, and the reading speed: pages/s for PDF, MB/s of text for the other
formats (the best of ``--repeat`` runs, in CPU seconds of this one process). Structural
formats are also timed on a document ``--big-mb`` MB large (the article repeated, by pandoc),
in MB/s of text and of file.

A note counts as found when its label is the gold one and its text is the gold text
(whitespace collapsed; for PDF, at least 0.9 similar, since a PDF does not keep the note's
paragraphs or emphasis). A marker counts when its label is right, the word before it ends
like the gold word before it, and it links to the note with its label.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from citex.sources import Source, read_document

# One scorer for the fixture tests and this bench.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from documents_scoring import score

DOCUMENTS = Path(__file__).resolve().parent.parent / "tests" / "data" / "documents"
FIXTURES = (
    "article.docx",
    "article.odt",
    "article.epub",
    "article.html",
    "article-latex.pdf",
    "article-latex-2col.pdf",
    "article-lo.pdf",
    "article-lo-2col.pdf",
)


def best_time(path: Path, repeat: int) -> tuple[float, Source]:
    """The fewest CPU seconds of ``repeat`` reads of ``path`` (CPU time, as the machine is
    shared and wall time says more of the neighbours than of citex), and what it read."""
    best = float("inf")
    source = None
    for _ in range(repeat):
        start = time.process_time()
        source = read_document(path)
        best = min(best, time.process_time() - start)
    assert source is not None
    return best, source


def big_documents(megabytes: float, folder: Path) -> list[Path]:
    """The article's Markdown repeated to ``megabytes`` MB, made into DOCX, ODT, EPUB, HTML."""
    markdown = (DOCUMENTS / "article.md").read_text(encoding="utf-8")
    body, _, notes = markdown.partition("\n[^1]:")
    notes = "[^1]:" + notes
    copies = max(1, int(megabytes * 1e6 / len(markdown)))
    parts = []
    for copy in range(copies):
        parts.append(body.replace("[^", f"[^c{copy}-"))
        parts.append(notes.replace("[^", f"[^c{copy}-"))
    source = folder / "big.md"
    source.write_text("\n\n".join(parts), encoding="utf-8")
    made = []
    for suffix in ("docx", "odt", "epub", "html"):
        target = folder / f"big.{suffix}"
        subprocess.run(["pandoc", str(source), "-o", str(target)], check=True)
        made.append(target)
    return made


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--big-mb", type=float, default=10.0)
    options = parser.parse_args()
    gold = json.loads((DOCUMENTS / "article.gold.json").read_text(encoding="utf-8"))
    print(f"{'fixture':24} {'marker P/R/F1':>20} {'note P/R/F1':>20} {'exact':>6} {'speed':>16}")
    for name in FIXTURES:
        seconds, source = best_time(DOCUMENTS / name, options.repeat)
        s = score(source, gold)
        if source.format == "pdf":
            speed = f"{len(source.pages) / seconds:.1f} pages/s"
        else:
            speed = f"{len(source.text) / seconds / 1e6:.2f} MB/s"
        print(
            f"{name:24} {s['marker_p']:.3f}/{s['marker_r']:.3f}/{s['marker_f1']:.3f} "
            f"{s['note_p']:.3f}/{s['note_r']:.3f}/{s['note_f1']:.3f} {s['exact_text']:6.3f} "
            f"{speed:>16}"
        )
    if options.big_mb and shutil.which("pandoc"):
        with tempfile.TemporaryDirectory() as name:
            for path in big_documents(options.big_mb, Path(name)):
                seconds, source = best_time(path, 1)
                print(
                    f"{path.name:24} {len(source.text) / 1e6:.1f} MB of text, "
                    f"{len(source.notes)} notes: {len(source.text) / seconds / 1e6:.2f} MB/s "
                    f"of text, {path.stat().st_size / seconds / 1e6:.2f} MB/s of file"
                )
    elif options.big_mb:
        print("pandoc not found: no large documents timed", file=sys.stderr)


if __name__ == "__main__":
    main()
