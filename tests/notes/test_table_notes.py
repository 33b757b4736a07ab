"""Notes of tables: letters glued to cells are markers of the lettered notes under the table."""

from __future__ import annotations

import string

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citex import find_notes
from citex.notes.markers import Exclusions
from citex.notes.table_notes import table_notes
from citex.text.layout import read_layout
from conftest import SHARED

CASE = SHARED / "cases" / "notes" / "11_table_letter_notes.txt"

LAYOUT_TABLE = """Output rose in every sector.

Table 2. Output by sector

Sector            1990       2000
Farming           12.5a      10.1
Industry          40.2       44.0b
Total b           52.7       54.1

a Estimated from the 1991 survey.
b Includes mining and
  quarrying.

The next section turns to wages.
"""


def _links(text: str) -> dict[str, list[str]]:
    """Each note's label and text, with what its markers print (four characters up to them)."""
    doc = find_notes(text)
    return {
        f"{note.label}: {note.text}": [
            text[max(0, doc.markers[m].span.start - 4) : doc.markers[m].span.end]
            for m in note.markers
        ]
        for note in doc.notes
    }


def test_label_alone_under_a_table_printed_a_cell_a_line() -> None:
    """../shared/cases/notes/11: plain pdftotext, one cell a line, labels alone."""
    if not CASE.is_file():
        pytest.skip("../shared/cases is not beside the project")
    text = CASE.read_text(encoding="utf-8")
    doc = find_notes(text)
    assert [(m.label, m.span.start, m.note) for m in doc.markers] == [("a", 44, 0), ("b", 53, 1)]
    assert [(n.label, n.span.start, n.text) for n in doc.notes] == [
        ("a", 88, "Figures from the guild's yearbook, 1998."),
        ("b", 132, "National census, 2000."),
    ]


def test_layout_table_letters_after_numbers_and_words() -> None:
    assert _links(LAYOUT_TABLE) == {
        "a: Estimated from the 1991 survey.": ["12.5a"],
        "b: Includes mining and quarrying.": ["44.0b", "tal b"],
    }


def test_pipe_table_and_superscript_letters() -> None:
    pipe = "| Region | Share |\n|--------|-------|\n| North  | 41.2a |\n| South  | 19.4  |\n\n"
    assert _links(pipe + "a) Figures from the guild.\n") == {
        "a: Figures from the guild.": ["41.2a"]
    }
    sup = "Region      Share\nNorth       41.2ᵃ\nSouth       19.4ᵇ\n\nᵃ Guild figures.\nᵇ Census.\n"
    assert _links(sup) == {"a: Guild figures.": ["41.2ᵃ"], "b: Census.": ["19.4ᵇ"]}


def test_a_source_line_first_and_a_cell_calling_two_notes() -> None:
    table = "Region      Share\nNorth       41.2a,b\nSouth       19.4b\n\n"
    notes = "Source: Guild yearbook.\na Estimated.\nb Provisional.\n"
    assert _links(table + notes) == {
        "a: Estimated.": ["41.2a"],
        "b: Provisional.": [".2a,b", "19.4b"],
    }


def test_body_resuming_under_the_notes_is_not_their_text() -> None:
    table = "Region      Share\nNorth       41.2a\nSouth       19.4\n\n"
    body = "a Estimated from the\n   survey.\nThe next paragraph talks\nabout other things.\n"
    assert _links(table + body) == {"a: Estimated from the survey.": ["41.2a"]}


def test_prose_lines_opening_with_a_are_no_notes() -> None:
    text = (
        "The harbour was closed in 1998 and\n"
        "a Commission was appointed. It sat for\n"
        "a Year and reported.\n"
    )
    assert find_notes(text).notes == ()


def test_units_and_unlettered_tables_give_nothing() -> None:
    # "25.13 s" is a unit after a number, not a label; no cell calls note "a".
    units = "Benchmark      CPython      Change\n2to3           25.13 s      1.01x\n"
    units += "django         1.08 s       1.35x\n\na Note on timings.\n"
    assert find_notes(units).notes == ()
    # A table's notes open with "a": a lone "b" under it is no table note.
    no_a = "Region      Share\nNorth       41.2b\nSouth       19.4b\n\nb Guild figures.\n"
    assert find_notes(no_a).notes == ()


def test_numbered_notes_do_not_run_into_table_notes() -> None:
    text = LAYOUT_TABLE.replace("wages.", "wages.1") + "\n1 See the minutes of 1991.\n"
    doc = find_notes(text)
    assert [(n.label, n.text) for n in doc.notes] == [
        ("a", "Estimated from the 1991 survey."),
        ("b", "Includes mining and quarrying."),
        ("1", "See the minutes of 1991."),
    ]


VALUES = st.from_regex(r"\A[1-9][0-9]{0,2}\.[0-9]\Z")
NAMES = st.sampled_from(["North", "South", "Coast", "Hills", "Total", "Urban"])


@st.composite
def lettered_tables(draw: st.DrawFn) -> tuple[str, dict[str, int]]:
    """A table printed with -layout, some cells calling notes a, b, c…, the notes under it;
    returns the text and how many cells call each note."""
    rows = draw(st.lists(st.tuples(NAMES, VALUES, VALUES), min_size=2, max_size=6))
    count = draw(st.integers(min_value=1, max_value=4))
    letters = string.ascii_lowercase[:count]
    calls = {letter: 0 for letter in letters}
    lines = ["Region        First      Second"]
    for name, first, second in rows:
        cells = [name, first, second]
        for column in range(3):
            letter = draw(st.sampled_from(letters + "--"))
            if letter != "-":
                # After a word with a space, glued to a number.
                cells[column] += (" " if column == 0 else "") + letter
                calls[letter] += 1
        lines.append("   ".join(cell.ljust(10) for cell in cells).rstrip())
    notes = [f"{letter} Source {n + 1} of the figures." for n, letter in enumerate(letters)]
    return "\n".join(["Table 1. Shares", "", *lines, "", *notes, ""]), calls


@given(lettered_tables())
def test_every_called_note_takes_all_its_cells(table: tuple[str, dict[str, int]]) -> None:
    text, calls = table
    doc = find_notes(text)
    called = sum(1 for n in calls.values() if n)
    if calls["a"] == 0 or 2 * called < len(calls):
        assert doc.notes == ()
        return
    assert [note.label for note in doc.notes] == list(calls)
    for note in doc.notes:
        assert len(note.markers) == calls[note.label]
        assert all(doc.markers[m].label == note.label for m in note.markers)
        assert all(text[doc.markers[m].span.start] == note.label for m in note.markers)


@given(st.text(alphabet="ab 1.|\n(ᵃ)", max_size=200))
def test_any_text_gives_notes_inside_it_called_from_above(text: str) -> None:
    layout = read_layout(text)
    previous = -1
    for note in table_notes(text, layout, Exclusions.from_ranges([])):
        assert previous < note.start < note.body.start <= note.body.end <= len(text)
        previous = note.body.end
        for marker in note.markers:
            assert marker.end <= note.start
            assert text[marker.start : marker.end] in (note.label, "ᵃ")
