"""The table model: rows cut into cells, the table that ends above a line."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citex.records import Span
from citex.text.layout import read_layout
from citex.text.tables import (
    is_lone_cell,
    is_number_cell,
    is_wide_row,
    row_cells,
    table_above,
)
from conftest import SHARED

CASE = SHARED / "cases" / "notes" / "11_table_letter_notes.txt"
DEV = SHARED / "corpus" / "dev"


def _cells(line: str) -> list[str]:
    cells, _ = row_cells(line, 0, len(line))
    return [line[cell.start : cell.end] for cell in cells]


def test_cells_are_apart_by_runs_of_spaces_tabs_or_bars() -> None:
    assert _cells("Farming           12.5a      10.1") == ["Farming", "12.5a", "10.1"]
    assert _cells("| North  | 41.2a |") == ["North", "41.2a"]
    assert _cells("North\t41.2\t38.9") == ["North", "41.2", "38.9"]
    # One space parts words, not cells.
    assert _cells("Total b 52.7") == ["Total b 52.7"]


def test_a_table_gap_is_wide_a_justified_line_is_not() -> None:
    line = "Sector            1990       2000"
    assert is_wide_row(line, *row_cells(line, 0, len(line)))
    justified = "the  harbour  was  closed  and"
    assert not is_wide_row(justified, *row_cells(justified, 0, len(justified)))


def test_lone_cells_are_short_and_end_no_sentence() -> None:
    for cell in ("Guild a", "41.2", "North", "12.5a"):
        assert is_lone_cell(cell, (Span(start=0, end=len(cell)),)), cell
    for line in ("Figures from the guild's yearbook, 1998.", "It rained."):
        assert not is_lone_cell(line, (Span(start=0, end=len(line)),)), line


def test_number_cells() -> None:
    for cell in ("41.2", "(0.197)", "38%", "12.5a", "-0.507", "1,423"):
        assert is_number_cell(cell, Span(start=0, end=len(cell))), cell
    for cell in ("North", "1.01x faster", "Table 1"):
        assert not is_number_cell(cell, Span(start=0, end=len(cell))), cell


def test_table_printed_a_cell_a_line_ends_above_its_notes() -> None:
    """Plain pdftotext: one cell a line (../shared/cases/notes/11)."""
    if not CASE.is_file():
        pytest.skip("../shared/cases is not beside the project")
    text = CASE.read_text(encoding="utf-8")
    layout = read_layout(text)
    lines = text.split("\n")
    table = table_above(text, layout, lines.index("a"))
    assert table is not None
    assert lines[table.first_line] == "Region"
    assert lines[table.last_line] == "22.0"
    cells = [text[cell.start : cell.end] for cell in table.cells]
    assert cells[:3] == ["Region", "Guild a", "Census b"]
    # The caption is no row; nothing above the caption is a table.
    assert table_above(text, layout, 1) is None


def test_layout_table_with_blank_lines_between_rows() -> None:
    """pdftotext -layout and pandoc tables leave blank lines between rows (PEP 3146)."""
    path = DEV / "pep_3146_rst" / "text.txt"
    if not path.is_file():
        pytest.skip("../shared/corpus/dev is not beside the project")
    text = path.read_text(encoding="utf-8")
    layout = read_layout(text)
    lines = text.split("\n")
    last = next(i for i, line in enumerate(lines) if line.startswith("  slowspitfire"))
    table = table_above(text, layout, last + 1)
    assert table is not None
    assert lines[table.first_line].lstrip().startswith("Benchmark")
    assert "2to3" in [text[cell.start : cell.end] for cell in table.cells]


def test_prose_is_no_table() -> None:
    text = (
        "The harbour was closed in 1998 and the council met.\n"
        "It sat for a year, and the report was long.\n"
        "a Commission followed.\n"
    )
    assert table_above(text, read_layout(text), 2) is None
    verse = "Sing, muse\nof the wrath\nof the son\nof Peleus\n\na Song\n"
    assert table_above(verse, read_layout(verse), 5) is None  # short lines, no numbers


LINE_CHARS = st.text(alphabet=" \t|ab1.", max_size=40)


@given(LINE_CHARS)
def test_cells_lie_in_order_inside_the_line_without_their_gaps(line: str) -> None:
    cells, _ = row_cells(line, 0, len(line))
    position = 0
    for cell in cells:
        assert position <= cell.start < cell.end <= len(line)
        assert line[cell.start : cell.end].strip()
        assert "|" not in line[cell.start : cell.end] and "\t" not in line[cell.start : cell.end]
        assert "  " not in line[cell.start : cell.end].strip()
        position = cell.end
    # Cells and gaps make up the line.
    gaps = "".join(line[s:e] for s, e in _between(cells, len(line)))
    assert not gaps.replace("|", "").strip()


def _between(cells: tuple[Span, ...], length: int) -> list[tuple[int, int]]:
    edges = [0] + [x for cell in cells for x in (cell.start, cell.end)] + [length]
    return list(zip(edges[::2], edges[1::2], strict=True))


@given(st.lists(st.text(alphabet=" |ab1.\n", max_size=30), max_size=12))
def test_table_above_stays_above_the_line(lines: list[str]) -> None:
    text = "\n".join(lines)
    layout = read_layout(text)
    for line in range(len(layout.starts)):
        table = table_above(text, layout, line)
        if table is None:
            continue
        assert 0 <= table.first_line <= table.last_line < line
        for cell in table.cells:
            assert layout.starts[table.first_line] <= cell.start < cell.end
            assert cell.end <= layout.ends[table.last_line]
