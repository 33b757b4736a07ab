"""Score found markers and notes against the hand gold of ../shared/corpus/gold (test helper).

The same measures as ../shared/eval/extract_score.py: markers and notes match on the offset of
their label's first character, a link counts when both ends match and the marker points at the
matched note, and note text compares after whitespace normalisation.
"""

from __future__ import annotations

import bisect
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


def _match_by_offset(gold: list[int], found: list[int], before: int, after: int) -> dict[int, int]:
    """Gold index -> found index, one to one: the nearest found start within
    ``[gold - before, gold + after]`` (extract_score.match_by_offset)."""
    order = sorted(range(len(found)), key=lambda j: found[j])
    keys = [found[j] for j in order]
    matched: dict[int, int] = {}
    used: set[int] = set()
    for g, offset in enumerate(gold):
        low = bisect.bisect_left(keys, offset - before)
        high = bisect.bisect_right(keys, offset + after)
        near = sorted(
            (abs(keys[k] - offset), order[k]) for k in range(low, high) if order[k] not in used
        )
        if near:
            used.add(near[0][1])
            matched[g] = near[0][1]
    return matched


def score_dev_notes(gold: dict[str, Any], doc: Document) -> dict[str, int]:
    """Counts for one document of ../shared/corpus/dev, scored as extract_score.py scores it:
    a marker matches within one character of its gold offset, a note when it starts at most
    16 characters before its gold text (room for its label)."""
    markers = _match_by_offset(
        [m["offset"] for m in gold["markers"]], [m.span.start for m in doc.markers], 1, 1
    )
    notes = _match_by_offset(
        [n["offset"] for n in gold["notes"]], [n.span.start for n in doc.notes], 16, 0
    )
    note_of = {}
    for i, n in enumerate(gold["notes"]):
        note_of.setdefault(n["label"], []).append(i)
    links = [
        (i, note_of[m["label"]][0])
        for i, m in enumerate(gold["markers"])
        if len(note_of.get(m["label"], [])) == 1
    ]
    linked = sum(
        i in markers and k in notes and doc.markers[markers[i]].note == notes[k] for i, k in links
    )
    equal = sum(
        " ".join(gold["notes"][k]["text"].split()) == " ".join(doc.notes[j].text.split())
        for k, j in notes.items()
    )
    return {
        "marker_gold": len(gold["markers"]),
        "marker_pred": len(doc.markers),
        "marker_correct": len(markers),
        "note_gold": len(gold["notes"]),
        "note_pred": len(doc.notes),
        "note_correct": len(notes),
        "links_gold": len(links),
        "links_correct": linked,
        "text_equal": equal,
    }
