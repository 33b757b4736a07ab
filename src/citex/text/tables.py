"""Tables as plain text prints them: blocks of rows, each row cut into cells.

Two shapes come out of the usual tools. ``pdftotext -layout``, pandoc's simple tables and
Markdown pipe tables keep a row on one line, its cells apart by runs of spaces, tabs or ``|``;
plain ``pdftotext`` prints one cell per line, so a table is a run of short lines, many of
them numbers. :func:`table_above` finds the table that ends just above a given line, which is
where the notes of a table stand (issue 10: letter notes under a table).
"""

from __future__ import annotations

from attrs import frozen

from citex.records import Span
from citex.text import patterns
from citex.text.layout import Layout

# A table is read at most this many lines up from the line under it (keeps the reading local).
MAX_TABLE_LINES = 80
# A cell is short: at most this many characters and words (a sentence is no cell).
MAX_CELL_CHARS = 40
MAX_CELL_WORDS = 6
# A line printed as one cell (plain pdftotext) is shorter still.
MAX_LONE_CELL_CHARS = 30
MAX_LONE_CELL_WORDS = 4
# Rows of several cells a table needs; or, printed one cell a line, lines and numbers.
MIN_WIDE_ROWS = 2
MIN_LONE_ROWS = 4
MIN_NUMBER_CELLS = 2
# Justified prose has two spaces between some words; a table has a wider gap, a tab or "|".
MIN_WIDE_GAP = 3
# Characters a sentence ends with: a line ending so is a line of prose, not a cell.
_SENTENCE_END = frozenset(".:;,!?")
# What may part the cells of a row printed on one line.
_WIDE_GAPS = ("  ", "\t", "|")


@frozen(kw_only=True)
class Table:
    """A block of table rows: its first and last line and the spans of its cells (text order)."""

    first_line: int
    last_line: int
    cells: tuple[Span, ...]


def row_cells(text: str, start: int, end: int) -> tuple[tuple[Span, ...], bool]:
    """The cells of the line ``text[start:end]`` (spans without their spaces), and whether a
    gap between them is a table's (a tab, a ``|`` or at least MIN_WIDE_GAP spaces)."""
    cells: list[Span] = []
    wide = False
    position = start
    for gap in patterns.TABLE_CELL_GAP.finditer(text, start, end):
        if gap.start() > position:
            cells.append(Span(start=position, end=gap.start()))
        # A "|" or tab at the line's edge (a pipe table's border) opens or closes no cell.
        if position < gap.start() and gap.end() < end:
            wide = wide or gap.end() - gap.start() >= MIN_WIDE_GAP or "|" in gap.group()
            wide = wide or "\t" in gap.group()
        position = gap.end()
    if position < end:
        cells.append(Span(start=position, end=end))
    return tuple(cell for cell in cells if text[cell.start : cell.end].strip()), wide


def is_wide_row(text: str, cells: tuple[Span, ...], wide_gap: bool) -> bool:
    """True for a row of several short cells set apart as a table sets them."""
    return (
        len(cells) >= 2
        and wide_gap
        and all(_short(text, cell, MAX_CELL_CHARS, MAX_CELL_WORDS) for cell in cells)
    )


def is_lone_cell(text: str, cells: tuple[Span, ...]) -> bool:
    """True for a line that may be one cell of a table printed a cell a line: short, few
    words, not ending like a sentence (a number may end with its decimal point)."""
    if len(cells) != 1 or not _short(text, cells[0], MAX_LONE_CELL_CHARS, MAX_LONE_CELL_WORDS):
        return False
    return text[cells[0].end - 1] not in _SENTENCE_END or is_number_cell(text, cells[0])


def is_rule(text: str, start: int, end: int) -> bool:
    """True for a line drawn as a table's rule (``-----  -----``, ``+----+``, ``|---|``)."""
    return patterns.TABLE_RULE.match(text, start, end) is not None


def is_number_cell(text: str, cell: Span) -> bool:
    """True for a cell holding a number (``41.2``, ``(0.197)``, ``38%``, ``12.5a``)."""
    return patterns.TABLE_NUMBER_CELL.match(text, cell.start, cell.end) is not None


def _short(text: str, cell: Span, chars: int, words: int) -> bool:
    """True if the cell has at most ``chars`` characters and ``words`` words."""
    return cell.end - cell.start <= chars and len(text[cell.start : cell.end].split()) <= words


def table_above(text: str, layout: Layout, line: int) -> Table | None:
    """The table whose last row is the last text line above ``line`` (up to two blank lines
    between), or None. Rows go up to a line that is no row (the caption, a paragraph), two
    blank lines or page furniture; a single blank line between rows is allowed."""
    stop = max(-1, line - MAX_TABLE_LINES)
    j = line - 1
    gap_allowed = 2
    rows: list[tuple[Span, ...]] = []
    first = last = -1
    wide_rows = lone_rows = numbers = 0
    while j > stop:
        if layout.blank[j]:
            blanks = 0
            while j > stop and layout.blank[j]:
                j -= 1
                blanks += 1
            if blanks > gap_allowed:
                break
            continue
        if layout.furniture[j]:
            break
        if is_rule(text, layout.starts[j], layout.ends[j]):
            # A rule between rows, above or under the header: part of the table, no row.
            gap_allowed = 1
            j -= 1
            continue
        printed = text[layout.starts[j] : layout.ends[j]].strip()
        if len(printed) > MAX_LONE_CELL_CHARS and not any(map(printed.__contains__, _WIDE_GAPS)):
            break  # a line of prose (the usual case): no need to cut it into cells
        row, wide_gap = row_cells(text, layout.starts[j], layout.ends[j])
        if is_wide_row(text, row, wide_gap):
            wide_rows += 1
        elif is_lone_cell(text, row):
            lone_rows += 1
        else:
            break
        numbers += sum(is_number_cell(text, cell) for cell in row)
        rows.append(row)
        first = j
        last = j if last < 0 else last
        gap_allowed = 1
        j -= 1
    enough = wide_rows >= MIN_WIDE_ROWS or (
        wide_rows + lone_rows >= MIN_LONE_ROWS and numbers >= MIN_NUMBER_CELLS
    )
    if first < 0 or not enough:
        return None
    cells = tuple(cell for row in reversed(rows) for cell in row)
    return Table(first_line=first, last_line=last, cells=cells)
