"""Notes of a table: letters glued to its cells, the lettered notes under it.

Tables label their notes with letters, not numbers: ``41.2a``, ``Guild a``, ``38%ᵇ`` in the
cells, then under the table ``a Source: …`` (or ``a`` alone on its line, the text below).
A letter is such a label only inside a table (see :mod:`citex.text.tables`), and only if the
notes under that table, lettered ``a``, ``b``, ``c``… in order, take it: the same letters in
prose (``a consensus``), in running text or in formulas are never read as labels, because no
table ends above them or no lettered note takes them.
"""

from __future__ import annotations

import bisect

from attrs import frozen

from citex.notes import patterns
from citex.notes.markers import Candidate, Exclusions
from citex.notes.starts import SENTENCE_END, lstrip_at, rstrip_at
from citex.records import Span
from citex.text.layout import Layout
from citex.text.tables import Table, table_above

# A note of a table has at most this many lines (the reading of one stays local).
MAX_NOTE_LINES = 30
# Blank lines allowed between the label alone and its text, and between two notes.
MAX_BLANKS_AFTER_LABEL = 1
MAX_BLANKS_BETWEEN_NOTES = 2
# Notes of the whole table ("Source: …") that may stand between it and its lettered notes.
MAX_GENERAL_NOTES = 2
# At least this share of a table's notes must be called from its cells.
MIN_CALLED_SHARE = 0.5
_PLAIN_LETTERS = str.maketrans(patterns.SUPERSCRIPT_LETTERS, "abcdefgh")
_MAX_LETTERS = 26
# Longest run of labels at a cell's end ("a,b,c,d,e").
_LONGEST_CELL_LABELS = 9


@frozen(kw_only=True)
class TableNote:
    """A note under a table: its label, where the label is, its text, its markers in the cells."""

    label: str
    start: int
    body: Span
    markers: tuple[Candidate, ...]


def table_notes(text: str, layout: Layout, taken: Exclusions) -> list[TableNote]:
    """The lettered notes under the tables of ``text``, each with the cells that call it.

    Args:
        text: The whole document.
        layout: Its lines (:func:`citex.text.layout.read_layout`).
        taken: Ranges already read as other notes, where no table note starts.

    Returns:
        Notes in text order. A table's notes are kept only if note ``a`` and at least half of
        them are called by a letter in its cells.
    """
    found: list[TableNote] = []
    scanned = 0
    # Every table's notes open with "a": one search finds those lines, and only there is a
    # table looked for above them.
    for match in patterns.TABLE_NOTE_FIRST.finditer(text):
        start = match.start() + 1
        if start < scanned or taken.covers(start):
            continue
        line = bisect.bisect_right(layout.starts, start) - 1
        table = table_above(text, layout, _above_general_notes(text, layout, line))
        if table is None:
            continue
        notes, last = _lettered_notes(text, layout, line)
        kept = _called(text, table, notes)
        if kept:
            found.extend(kept)
            scanned = layout.ends[last]
    return found


def _above_general_notes(text: str, layout: Layout, line: int) -> int:
    """The line under the table whose lettered notes start at ``line``: above the notes of
    the whole table (``Source: …``, ``Note: …``) that may come first, at most
    MAX_GENERAL_NOTES of them (one line each)."""
    top = line
    for _ in range(MAX_GENERAL_NOTES):
        above = top - 1
        while above >= 0 and layout.blank[above] and top - above <= MAX_BLANKS_BETWEEN_NOTES:
            above -= 1
        if above < 0 or layout.blank[above]:
            break
        if not patterns.TABLE_GENERAL_NOTE.match(text, layout.starts[above], layout.ends[above]):
            break
        top = above
    return top


def _label(match_label: str | None, match_sup: str | None) -> str:
    """The plain letter of a label printed as a letter or a superscript letter."""
    return match_label or (match_sup or "").translate(_PLAIN_LETTERS)


def _lettered_notes(text: str, layout: Layout, line: int) -> tuple[list[TableNote], int]:
    """The notes labelled ``a``, ``b``, ``c``… in order from ``line`` (without markers), and
    the last line they take. A note's text is on its label's line or, the label alone, on
    the next; it goes on to a blank line, furniture or the next label."""
    notes: list[TableNote] = []
    count = len(layout.starts)
    expected = "a"
    j = last = line
    while j < count and len(notes) < _MAX_LETTERS:
        label = _label_at(text, layout, j)
        if label is None or label[0] != expected:
            break
        label_start, body, body_line = label[1], label[2], j
        if body is None:
            # The label alone on its line: the text is on the next (not another label).
            below = _next_text_line(layout, j, MAX_BLANKS_AFTER_LABEL)
            if below is None or _label_at(text, layout, below) is not None:
                break
            body_line = below
            body = lstrip_at(text, layout.starts[below], layout.ends[below])
        end_line = body_line
        while (
            end_line + 1 < min(count, body_line + MAX_NOTE_LINES)
            and not layout.blank[end_line + 1]
            and not layout.furniture[end_line + 1]
            and _label_at(text, layout, end_line + 1) is None
            and _goes_on(text, layout, end_line, label_start)
        ):
            end_line += 1
        end = rstrip_at(text, body, layout.ends[end_line])
        notes.append(
            TableNote(label=expected, start=label_start, body=Span(start=body, end=end), markers=())
        )
        last = end_line
        following = _next_text_line(layout, end_line, MAX_BLANKS_BETWEEN_NOTES)
        if following is None:
            break
        j = following
        expected = chr(ord(expected) + 1)
    return notes, last


def _goes_on(text: str, layout: Layout, line: int, label_start: int) -> bool:
    """True if the line after ``line`` goes on with a note: ``line`` ends no sentence, or the
    next is indented under the note's text (a hanging indent). Else the body resumes."""
    end = rstrip_at(text, layout.starts[line], layout.ends[line])
    if text[end - 1 : end] not in SENTENCE_END:
        return True
    label_column = label_start - layout.starts[bisect.bisect_right(layout.starts, label_start) - 1]
    below = layout.starts[line + 1]
    return lstrip_at(text, below, layout.ends[line + 1]) - below > label_column


def _label_at(text: str, layout: Layout, j: int) -> tuple[str, int, int | None] | None:
    """The label opening line ``j`` as a table note's: the letter, where it is printed, and
    where the text after it starts (None if the label stands alone)."""
    match = patterns.TABLE_NOTE_LABEL.match(text, layout.starts[j], layout.ends[j])
    if match is None:
        return None
    group = "label" if match.group("label") else "sup"
    rest = match.end() if match.end() < rstrip_at(text, match.end(), layout.ends[j]) else None
    return _label(match.group("label"), match.group("sup")), match.start(group), rest


def _next_text_line(layout: Layout, line: int, blanks: int) -> int | None:
    """The next line after ``line`` with text, if at most ``blanks`` blank lines come first."""
    j = line + 1
    while j < len(layout.starts) and layout.blank[j] and j - line <= blanks:
        j += 1
    if j >= len(layout.starts) or layout.blank[j] or layout.furniture[j]:
        return None
    return j


def _called(text: str, table: Table, notes: list[TableNote]) -> list[TableNote]:
    """``notes`` with the cells of ``table`` that call them (every cell ending in a note's
    letter), if note ``a`` and at least MIN_CALLED_SHARE of them are called; else none."""
    labels = {note.label for note in notes}
    calls: dict[str, list[Candidate]] = {}
    for cell in table.cells:
        low = max(cell.start, cell.end - _LONGEST_CELL_LABELS)
        match = patterns.TABLE_CELL_LABEL.search(text, low, cell.end)
        if match is None:
            continue
        # One letter, or several ("41.2a,b"): each calls its note.
        for position in range(match.start(), match.end(), 2):
            label = text[position].translate(_PLAIN_LETTERS)
            if label in labels:
                calls.setdefault(label, []).append(
                    Candidate(
                        label=label, start=position, end=position + 1, kind="table", weight=1.0
                    )
                )
    if "a" not in calls or len(calls) < MIN_CALLED_SHARE * len(notes):
        return []
    return [
        TableNote(
            label=note.label,
            start=note.start,
            body=note.body,
            markers=tuple(calls.get(note.label, ())),
        )
        for note in notes
    ]
