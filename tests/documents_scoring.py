"""Scores of the notes and markers read from a document against the fixtures' gold.

A note counts when its label is the gold one and its text the gold text (whitespace
collapsed; for a PDF at least 0.9 similar, since a PDF keeps neither a note's paragraphs nor
its emphasis). A marker counts when its label is right, the text before it ends as the gold
word before it, and it links to a note with its label.
"""

from __future__ import annotations

import difflib
from collections import Counter
from pathlib import Path

from citex.sources import Source

DOCUMENTS = Path(__file__).resolve().parent / "data" / "documents"
_SIMILAR = 0.9


def f1(found: int, predicted: int, gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1."""
    precision = found / predicted if predicted else 1.0
    recall = found / gold if gold else 1.0
    total = precision + recall
    return precision, recall, (2 * precision * recall / total if total else 0.0)


def _normal(text: str) -> str:
    return " ".join(text.split())


def score(source: Source, gold: dict[str, list[dict[str, str]]]) -> dict[str, float]:
    """Marker and note precision, recall and F1, and the share of notes with the exact text."""
    remaining = Counter((n["label"], _normal(n["text"])) for n in gold["notes"])
    found_notes = exact = 0
    for note in source.notes:
        key = (note.label, _normal(note.text))
        if remaining[key]:
            remaining[key] -= 1
            found_notes += 1
            exact += 1
        elif source.format == "pdf":
            similar = next(
                (
                    other
                    for other, count in remaining.items()
                    if count
                    and other[0] == note.label
                    and difflib.SequenceMatcher(None, other[1], key[1]).ratio() >= _SIMILAR
                ),
                None,
            )
            if similar is not None:
                remaining[similar] -= 1
                found_notes += 1
    wanted = Counter((m["label"], m["before"][-3:]) for m in gold["markers"])
    found_markers = 0
    for marker in source.markers:
        before = source.text[: marker.span.start].rstrip()[-3:]
        linked = marker.note is not None and source.notes[marker.note].label == marker.label
        if linked and wanted[(marker.label, before)]:
            wanted[(marker.label, before)] -= 1
            found_markers += 1
    marker_p, marker_r, marker_f1 = f1(found_markers, len(source.markers), len(gold["markers"]))
    note_p, note_r, note_f1 = f1(found_notes, len(source.notes), len(gold["notes"]))
    return {
        "marker_p": marker_p,
        "marker_r": marker_r,
        "marker_f1": marker_f1,
        "note_p": note_p,
        "note_r": note_r,
        "note_f1": note_f1,
        "exact_text": exact / len(gold["notes"]) if gold["notes"] else 1.0,
    }
