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
import difflib
import json
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from citex.sources import Source, read_document

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
_SIMILAR = 0.9


def f1(found: int, predicted: int, gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1."""
    precision = found / predicted if predicted else 1.0
    recall = found / gold if gold else 1.0
    total = precision + recall
    return precision, recall, (2 * precision * recall / total if total else 0.0)


def normal(text: str) -> str:
    """Whitespace collapsed."""
    return " ".join(text.split())


def score(source: Source, gold: dict[str, list[dict[str, str]]]) -> dict[str, float]:
    """Marker and note scores of one document against the gold."""
    pdf = source.format == "pdf"
    golden = Counter((n["label"], normal(n["text"])) for n in gold["notes"])
    found_notes = exact = 0
    remaining = Counter(golden)
    for note in source.notes:
        text = normal(note.text)
        if remaining[(note.label, text)]:
            remaining[(note.label, text)] -= 1
            found_notes += 1
            exact += 1
            continue
        if pdf:
            match = next(
                (
                    key
                    for key, count in remaining.items()
                    if count
                    and key[0] == note.label
                    and difflib.SequenceMatcher(None, key[1], text).ratio() >= _SIMILAR
                ),
                None,
            )
            if match is not None:
                remaining[match] -= 1
                found_notes += 1
    wanted = Counter((m["label"], m["before"][-3:]) for m in gold["markers"])
    found_markers = 0
    for marker in source.markers:
        before = source.text[: marker.span.start].rstrip()[-3:]
        linked = marker.note is not None and source.notes[marker.note].label == marker.label
        if linked and wanted[(marker.label, before)]:
            wanted[(marker.label, before)] -= 1
            found_markers += 1
    mp, mr, mf = f1(found_markers, len(source.markers), len(gold["markers"]))
    np_, nr, nf = f1(found_notes, len(source.notes), len(gold["notes"]))
    return {
        "marker_p": mp,
        "marker_r": mr,
        "marker_f1": mf,
        "note_p": np_,
        "note_r": nr,
        "note_f1": nf,
        "exact_text": exact / len(gold["notes"]),
    }


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
