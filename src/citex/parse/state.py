"""The parser's working state: what is left of one reference and what has been read from it.

The rule passes (:mod:`citex.parse.reference` and the modules it calls) each take a stretch of
``rest`` out and store what it means. The CSL fields go to ``fields``, a typed mapping with
the same names and value types as :class:`citex.records.Reference`; what the passes tell each
other (``Ibid.``, a quoted title, where the date was) goes to named flags, so that mypy checks
every read and write. The state is mutable and private to one parse; the record it ends in is
frozen.
"""

from __future__ import annotations

from typing import Literal, TypedDict

import attrs

from citex.parse import patterns as p
from citex.records import Date, Locator, Name

HOLE = p.HOLE  # stands where an anchor was taken out, so stretches never run across it
TRIM = " \t,;:.·/" + HOLE  # what is trimmed from the ends of a stretch


class CslFields(TypedDict, total=False):
    """The CSL fields read so far, named and typed as on :class:`citex.records.Reference`."""

    author: tuple[Name, ...]
    editor: tuple[Name, ...]
    translator: tuple[Name, ...]
    title: str
    container_title: str
    collection_title: str
    publisher: str
    publisher_place: str
    issued: Date
    original_date: Date
    accessed: Date
    volume: str
    issue: str
    page: str
    edition: str
    number_of_volumes: str
    doi: str
    url: str
    isbn: str
    issn: str
    number: str
    genre: str
    archive: str
    archive_location: str
    locator: Locator


# the keys of CslFields that hold names
NameField = Literal["author", "editor", "translator"]
# a held cited place: (label as written, lower case; value; whether it followed the imprint)
Tail = tuple[str, str, bool]


@attrs.define(slots=True, eq=False)
class ParseState:
    """One reference being read: the text left, the CSL fields found, the passes' flags.

    Attributes:
        rest: the text not read yet; anchors taken out are replaced by :data:`HOLE`.
        lower: ``rest`` in lower case, for cheap "could this pattern match at all?" checks
            (not kept in step with ``rest``: a word once present stays a reason to look).
        fields: the CSL fields read so far.
        same_author: the reference opens with ``———.``/``Id.`` for the previous author.
        ibid: the reference is an ``Ibid.`` (the place cited is all it holds).
        short: a short form (``Alexander, 218``, ``op. cit.``): trailing numbers are the
            place cited even without an imprint before them.
        tail: the trailing cited place held back until the container is known.
        kind: a kind of work the text names (``thesis`` or a genre word), else ``None``.
        quoted: the title was read from between quotation marks.
        in_container: the work is part of a container (``In``, ``in:``, a series …).
        author_comma: the author list ended with a comma (note style ``Given Family, Title``).
        date_pos: where in ``rest`` the date of publication (or ``n.d.``) was taken out.
        date_paren: that date stood in parentheses (``Smith (2003)``).
        place_before_date: the capitalised words printed right before that date with no
            comma (``Bassano`` of ``…, Bassano 1958``): a place, when nothing else claims them.
    """

    rest: str
    lower: str = attrs.field(init=False)
    fields: CslFields = attrs.field(init=False, factory=lambda: CslFields())
    same_author: bool = False
    ibid: bool = False
    short: bool = False
    tail: Tail | None = None
    kind: str | None = None
    quoted: bool = False
    in_container: bool = False
    author_comma: bool = False
    date_pos: int | None = None
    date_paren: bool = False
    place_before_date: str | None = None

    def __attrs_post_init__(self) -> None:
        self.lower = self.rest.lower()

    def mentions(self, *needles: str) -> bool:
        """Whether the text contains any of ``needles`` (lower case): skips hopeless searches."""
        return contains_any(self.lower, needles)

    def take(self, start: int, end: int) -> str:
        """Cut ``rest[start:end]`` out, leaving a hole, and return it."""
        piece = self.rest[start:end]
        self.rest = self.rest[:start] + HOLE + self.rest[end:]
        return piece


def contains_any(text: str, needles: tuple[str, ...]) -> bool:
    """Whether ``text`` contains any of ``needles`` (a plain loop: no generator per call)."""
    for needle in needles:  # noqa: SIM110 (any() would build a generator per call)
        if needle in text:
            return True
    return False


def mentions(text: str, needles: tuple[str, ...]) -> bool:
    """Whether ``text`` contains any of ``needles`` (lower case), ignoring case."""
    return contains_any(text.lower(), needles)
