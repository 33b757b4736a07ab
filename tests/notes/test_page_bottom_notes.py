"""Notes at a page's bottom that no blank line sets apart from the body (issue 10): a note line
straight under the last body line, a note glued to the end of it; and notes without markers."""

from __future__ import annotations

import pytest

from citex.notes.find import find_notes
from conftest import SHARED

CASES = SHARED / "cases" / "citations"


def _notes(name: str) -> list[tuple[str, str, str | None]]:
    """(label, text start, its marker's label) of each note of a citations case."""
    text = next(CASES.glob(f"{name}_*.txt")).read_text(encoding="utf-8")
    doc = find_notes(text)
    return [
        (n.label, n.text[:14], doc.markers[n.markers[0]].label if n.markers else None)
        for n in doc.notes
    ]


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("20", id="note-right-after-body-line"),
        pytest.param("21", id="note-glued-to-body-line"),
    ],
)
def test_third_note_found_at_the_page_bottom(name: str) -> None:
    if not CASES.is_dir():
        pytest.skip("../shared/cases is not beside the project")
    assert _notes(name) == [
        ("1", "Vgl. Klaus Rei", "1"),
        ("2", "Vgl. Ines Moll", "2"),
        ("3", "Vgl. Jan Breme", "3"),
    ]


def test_numbered_line_inside_a_paragraph_is_no_note_away_from_a_page_end() -> None:
    text = (
        "The river rose in March.1 The mill was flooded and the town kept the\n"
        "2 bridges open all night while the water rose.\n\n"
        "1  Ibid.\n\nAnd the text goes on for another paragraph here.\n"
    )
    assert [n.label for n in find_notes(text).notes] == ["1"]


def test_glued_label_needs_a_page_number_below() -> None:
    text = "Body text ends with the harbour3 See the minutes of the board.\n\nMore text.\n"
    assert find_notes(text).notes == ()


def test_page_bottom_note_without_label_is_the_next_note() -> None:
    """../shared/cases/citations/25: note 14 lost its label; the body's last words follow it."""
    if not CASES.is_dir():
        pytest.skip("../shared/cases is not beside the project")
    text = next(CASES.glob("25_*.txt")).read_text(encoding="utf-8")
    doc = find_notes(text)
    assert [(n.label, n.text[:10], n.text[-8:]) for n in doc.notes] == [
        ("13", "The evacua", "prefect."),
        ("14", "Lena Marsh", "y 2021)."),
    ]
    assert [m.label for m in doc.markers] == ["13", "14"]


def test_indented_block_is_no_note_without_its_marker() -> None:
    text = (
        "The harbour flooded.13 The warning came late.\n\n13  The evacuation was ordered.\n\n"
        "page 11\n\nThe barrier had failed twice before the storm and the union\n"
        "asked for repairs.\n\n Lena Marsh, “Flood barrier failed,” Harbour Post.\n\npage 12\n"
    )
    assert [n.label for n in find_notes(text).notes] == ["13"]
