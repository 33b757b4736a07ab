"""What reading a document gives: its text as citex reads it, the notes its format encodes.

A :class:`Source` is the input of :func:`citex.extract` for a document that is not plain text.
Every offset (markers, notes, page lines) indexes :attr:`Source.text`.
"""

from __future__ import annotations

from typing import Literal

from attrs import field, frozen

from citex.records import Marker, Note, Span, _tuple

Format = Literal["text", "pdf", "html", "epub", "docx", "odt"]
LineKind = Literal["body", "note", "page", "head"]


@frozen(kw_only=True)
class PageLine:
    """One line of a PDF page: where its text is in :attr:`Source.text` and where it sits.

    Coordinates are PDF points from the page's bottom-left corner; ``baseline`` is the
    common baseline of the line's normal (not raised) characters, ``size`` their usual font
    size; ``column`` counts the page's columns from the left; ``kind`` says what the line
    is: body text, a note, a page number or a running head.
    """

    span: Span
    left: float
    right: float
    baseline: float
    size: float
    column: int
    kind: LineKind


@frozen(kw_only=True)
class Page:
    """A PDF page: its number (1-based), size in points and lines in reading order."""

    number: int
    width: float
    height: float
    lines: tuple[PageLine, ...] = field(converter=_tuple)


@frozen(kw_only=True)
class Source:
    """A document as citex reads it.

    ``text`` is the document's text (structural formats render headings, paragraphs and
    their notes as Markdown, a marker as ``[^label]``); ``markers`` and ``notes`` are what
    the format encodes, linked to each other as in :class:`citex.Document`. When
    ``notes_encoded`` is false the format said nothing of notes (an HTML page without
    note markup, a PDF without a note area) and :func:`citex.extract` runs the plain-text
    finder on ``text``. ``pages`` is the page layout of a PDF (empty for other formats).
    """

    text: str
    format: Format
    path: str | None = None
    markers: tuple[Marker, ...] = field(default=(), converter=_tuple)
    notes: tuple[Note, ...] = field(default=(), converter=_tuple)
    notes_encoded: bool = False
    pages: tuple[Page, ...] = field(default=(), converter=_tuple)
