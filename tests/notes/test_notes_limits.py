"""Regressions of ../shared/defects/reliability.md (issue 15): D4, notes numbered 1000 and up;
D5, line ends other than LF."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from citex.notes.find import find_notes
from conftest import CORPUS


def _endnotes(count: int) -> str:
    """A text whose ``count`` claims each call an endnote, numbered from 1."""
    body = " ".join(f"Claim {i} is made.{i}" for i in range(1, count + 1))
    notes = "\n".join(
        f"{i}. John Smith{i}, Book {i} (London: Verso, 1990), {i}." for i in range(1, count + 1)
    )
    return f"{body}\n\nNotes\n\n{notes}"


def test_notes_numbered_1000_and_up_are_notes_of_their_own() -> None:
    """D4: notes 1000-1010 were folded into note 999 and their markers dropped."""
    doc = find_notes(_endnotes(1010))
    assert len(doc.notes) == 1010
    assert len(doc.markers) == 1010
    assert doc.notes[-1].label == "1010"
    assert doc.notes[-1].text == "John Smith1010, Book 1010 (London: Verso, 1990), 1010."
    assert [m.note for m in doc.markers] == list(range(1010))


def test_lone_carriage_returns_end_lines() -> None:
    """D5: a text with CR-only line ends (old Mac) gave no notes."""
    text = (CORPUS / "kites4-specter-part4.txt").read_text(encoding="utf-8")
    expected = find_notes(text)
    found = find_notes(text.replace("\n", "\r"))
    assert [n.span for n in found.notes] == [n.span for n in expected.notes]
    assert [n.text for n in found.notes] == [n.text for n in expected.notes]
    assert [m.span for m in found.markers] == [m.span for m in expected.markers]


def test_mixed_line_ends_read_as_one() -> None:
    """D5: a file mixing CRLF, CR and LF gave 14 of its 45 notes."""
    text = (CORPUS / "kites4-specter-part4.txt").read_text(encoding="utf-8")
    # In this order a CR is never followed by the LF of an empty line (which reads as CRLF).
    ends = itertools.cycle(["\r\n", "\n", "\r"])
    mixed = "".join(line + next(ends) for line in text.split("\n"))
    found = find_notes(mixed)
    assert len(found.notes) == 45
    assert len(found.markers) == 45
    assert [n.text for n in found.notes] == [n.text for n in find_notes(text).notes]


@given(st.sampled_from(["\n", "\r", "\r\n"]), st.integers(min_value=1, max_value=4))
def test_notes_are_found_whatever_the_line_end(end: str, blank: int) -> None:
    text = end.join(
        ["The claim is old.1 The answer is new.2", *[""] * blank, "1. Smith, Old.", "2. Ibid."]
    )
    doc = find_notes(text)
    assert [n.text for n in doc.notes] == ["Smith, Old.", "Ibid."]
    assert [m.note for m in doc.markers] == [0, 1]
