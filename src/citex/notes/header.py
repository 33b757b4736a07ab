"""Article headers: the lines of authors, affiliations and contact that open a paper.

Digits glued to the authors' names there point at affiliations ("HerzogWiebke124" and
"1University of Muenster…"), and the "*" at the contact line ("*For correspondence: …"):
neither is a footnote marker (issue 10). Daggers (``†``) there do call author notes (equal
contributions, present addresses), so they stay candidates.
"""

from __future__ import annotations

import bisect

from citex.notes import patterns
from citex.notes.markers import Exclusions
from citex.text.layout import Layout

# Enough of the text's start to hold a header's first contact line or affiliations.
_FIRST_LINES = 1000
# A header block has at least this many lines (authors, affiliations, contact).
_MIN_HEADER_LINES = 3
# An author's line is short; longer lines ending in digits are body text.
_MAX_AUTHOR_LINE = 60
# Marks on at least this many author lines make a block with numbered affiliations a header.
_MIN_AUTHOR_LINES = 2


def author_headers(text: str, layout: Layout) -> Exclusions:
    """The blocks of lines (no blank line inside) that are article headers: they hold a contact
    line, or affiliations numbered from 1 on consecutive lines under author lines ending in
    affiliation digits. Only blocks where a quick search hints at one are read."""
    hints = [hint.start() + 1 for hint in patterns.HEADER_HINT.finditer(text)]
    if patterns.HEADER_HINT.match("\n" + text[:_FIRST_LINES]):
        hints.insert(0, 0)
    ranges: list[tuple[int, int]] = []
    done = -1
    for position in hints:
        line = bisect.bisect_right(layout.starts, position) - 1
        if line <= done:
            continue
        first = line
        while first > 0 and not layout.blank[first - 1]:
            first -= 1
        last = line
        while last + 1 < len(layout.starts) and not layout.blank[last + 1]:
            last += 1
        done = last
        if last - first + 1 >= _MIN_HEADER_LINES and _is_header(text, layout, first, last):
            ranges.append((layout.starts[first], layout.ends[last]))
    return Exclusions.from_ranges(ranges)


def _is_header(text: str, layout: Layout, first: int, last: int) -> bool:
    """True if lines ``first``..``last`` (one block) are an article header."""
    authors = 0
    previous_affiliation: int | None = None
    numbered = False
    for i in range(first, last + 1):
        start, end = layout.starts[i], layout.ends[i]
        if patterns.CONTACT_LINE.match(text, start, end):
            return True
        affiliation = patterns.AFFILIATION_LINE.match(text, start, end)
        number = int(affiliation.group("number")) if affiliation else None
        if number == 2 and previous_affiliation == 1:
            numbered = True
        previous_affiliation = number
        if end - start <= _MAX_AUTHOR_LINE and patterns.AUTHOR_LINE.search(text, start, end):
            authors += 1
    return numbered and authors >= _MIN_AUTHOR_LINES


def is_header_mark(label: str) -> bool:
    """True for the labels a header prints for affiliations and contact: digits and ``*``."""
    return label.isdigit() or label.startswith("*")
