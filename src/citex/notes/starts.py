"""A line that may start a note, and the line helpers the note finder's parts share."""

from __future__ import annotations

from collections.abc import Sequence

from attrs import frozen

# Characters a finished note ends with; anything else at a page bottom means it goes on.
TERMINAL = tuple('.?!)]”"’»')
SENTENCE_END = frozenset('.?!”"’)]')
# In PDF text, lines of notes (smaller type) are at least this much wider than body lines.
NOTE_WIDER_THAN_BODY = 3
# Longest line that may hold a note's label alone (indented by pdftotext -layout).
MAX_LABEL_LINE = 16
# A note goes on within this many lines (the next page), or not at all.
MAX_PAGE_LINES = 300


@frozen(kw_only=True)
class Start:
    """A line that may start a note: its label, where the label and the text begin."""

    label: str
    number: int | None
    label_line: int
    line: int
    start: int
    form: str
    body: int
    heading: bool
    strong: bool
    glued: bool = False


def note_top(start: Start, line_starts: Sequence[int]) -> int:
    """Where a note's range begins: its label's line (so a printed label is no marker), or its
    label where the note is glued to the end of a body line."""
    return start.start if start.glued else line_starts[start.label_line]


def top_line(start: Start) -> int:
    """The first line of a note: its label's, or its text's where the label stands below."""
    return min(start.label_line, start.line)


def rstrip_at(text: str, low: int, end: int) -> int:
    """``end`` moved back over trailing whitespace, not before ``low``."""
    while end > low and text[end - 1].isspace():
        end -= 1
    return end


def lstrip_at(text: str, start: int, high: int) -> int:
    """``start`` moved forward over leading whitespace, not past ``high``."""
    while start < high and text[start].isspace():
        start += 1
    return start
