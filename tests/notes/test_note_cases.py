"""The invented documents of ../shared/cases/notes: each shows one shape citex must handle.

The same check as ../shared/cases/check.py: the (label, offset) sets of markers and notes must
equal the expected ones (a marker's offset is its label's, inside any brackets; a note's is its
printed label's, or its text's when it has none), and each note's text must equal the expected
text after whitespace is collapsed. Shapes not handled yet are strict xfails.
"""

from __future__ import annotations

import json

import pytest

from citex.notes.find import find_notes
from citex.records import Document
from conftest import SHARED

CASES = SHARED / "cases" / "notes"
NAMES = sorted(p.name[: -len(".txt")] for p in CASES.glob("*.txt")) if CASES.is_dir() else []
# Shapes issue 10 names that are not handled yet (see the report of branch notes).
KNOWN_MISSES: dict[str, str] = {}


def _label_offset(text: str, start: int, end: int, label: str) -> int:
    """Where ``label`` is printed inside ``text[start:end]`` (after a bracket), else ``start``."""
    found = text.find(label, start, end)
    return found if found >= 0 else start


def _found(text: str, doc: Document) -> tuple[set[tuple[str, int]], dict[tuple[str, int], str]]:
    markers = {
        (m.label, _label_offset(text, m.span.start, m.span.end, m.label)) for m in doc.markers
    }
    notes = {
        (n.label, _label_offset(text, n.span.start, n.segments[0].start, n.label)): " ".join(
            n.text.split()
        )
        for n in doc.notes
    }
    return markers, notes


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(n, marks=pytest.mark.xfail(strict=True, reason=KNOWN_MISSES[n]))
        if n in KNOWN_MISSES
        else n
        for n in NAMES
    ],
)
def test_case(name: str) -> None:
    text = (CASES / f"{name}.txt").read_text(encoding="utf-8")
    expected = json.loads((CASES / f"{name}.expected.json").read_text(encoding="utf-8"))
    markers, notes = _found(text, find_notes(text))
    assert markers == {(m["label"], m["offset"]) for m in expected["markers"]}
    assert notes == {
        (n["label"], n["offset"]): " ".join(n["text"].split()) for n in expected["notes"]
    }


def test_cases_are_there() -> None:
    if not CASES.is_dir():
        pytest.skip("../shared/cases is not beside the project")
    assert len(NAMES) >= 31
    assert (CASES.parent / "README.md").is_file()
