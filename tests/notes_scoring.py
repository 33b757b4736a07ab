"""Score found markers and notes against the hand gold of ../shared/corpus/gold (test helper).

The same measures as ../shared/eval/extract_score.py: markers and notes match on the offset of
their label's first character, a link counts when both ends match and the marker points at the
matched note, and note text compares after whitespace normalisation.
"""

from __future__ import annotations

from typing import Any

from citex.records import Document


def _f1(gold: int, predicted: int, correct: int) -> float:
    """F1 of a match count (1.0 when there is nothing to find and nothing was found)."""
    if gold == predicted == 0:
        return 1.0
    precision = correct / predicted if predicted else 0.0
    recall = correct / gold if gold else 0.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def score_notes(gold: dict[str, Any], doc: Document) -> dict[str, float]:
    """Marker F1, note F1, link accuracy and the share of gold notes whose text is equal."""
    marker_at = {m.span.start: i for i, m in enumerate(doc.markers)}
    note_at = {n.span.start: i for i, n in enumerate(doc.notes)}
    gold_markers = [m["offset"] for m in gold["markers"]]
    gold_notes = [n["start_offset"] for n in gold["notes"]]
    found_markers = sum(offset in marker_at for offset in gold_markers)
    found_notes = sum(offset in note_at for offset in gold_notes)
    good_links = 0
    for marker_index, note_index in gold["links"]:
        marker = marker_at.get(gold_markers[marker_index])
        note = note_at.get(gold_notes[note_index])
        good_links += marker is not None and note is not None and doc.markers[marker].note == note
    equal = sum(
        " ".join(n["text"].split()) == " ".join(doc.notes[note_at[n["start_offset"]]].text.split())
        for n in gold["notes"]
        if n["start_offset"] in note_at
    )
    return {
        "marker_f1": _f1(len(gold_markers), len(doc.markers), found_markers),
        "note_f1": _f1(len(gold_notes), len(doc.notes), found_notes),
        "link_accuracy": good_links / len(gold["links"]) if gold["links"] else 1.0,
        "note_text_equal": equal / len(gold_notes) if gold_notes else 1.0,
    }
