"""The records every stage of citex passes along: small, frozen, CSL-shaped.

Field names follow CSL-JSON with ``-`` turned into ``_`` (``container-title`` ->
``container_title``). Everything found in a text carries a :class:`Span` into the
*original* input, so that ``source[span.start:span.end]`` is the text it came from.
Serialisation lives in :mod:`citex.formats`, not here.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

import attrs
from attrs import field, frozen


def _tuple(items: Iterable[object] | None) -> tuple[object, ...]:
    """Converter: any iterable (or None) to a tuple, so records stay immutable."""
    return () if items is None else tuple(items)


@frozen(kw_only=True, order=True)
class Span:
    """Half-open character offsets ``[start, end)`` into the original input text."""

    start: int = field()
    end: int = field()

    @end.validator
    def _check(self, _attribute: attrs.Attribute[int], value: int) -> None:
        if not 0 <= self.start <= value:
            raise ValueError(f"span must satisfy 0 <= start <= end, got ({self.start}, {value})")

    def slice(self, source: str) -> str:
        """The text this span covers in ``source``."""
        return source[self.start : self.end]


@frozen(kw_only=True)
class Name:
    """One person or body, as CSL names it.

    ``particle`` is CSL's non-dropping particle (``de`` in ``de Gaulle``); a corporate
    author or a name that would not split goes whole into ``literal``.
    """

    family: str | None = None
    given: str | None = None
    particle: str | None = None
    suffix: str | None = None
    literal: str | None = None


@frozen(kw_only=True)
class Date:
    """A date as printed: any of year, month, day; ``raw`` keeps the printed form."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    circa: bool = False
    raw: str | None = None


LocatorLabel = Literal[
    "page", "chapter", "section", "note", "volume", "paragraph", "line", "figure", "column"
]


@frozen(kw_only=True)
class Locator:
    """The place cited inside a work (``p. 218``, ``ch. 4``), kept apart from the work's pages."""

    label: LocatorLabel
    value: str


@frozen(kw_only=True)
class RawReference:
    """A reference string as found in a bibliography or note, before parsing.

    ``text`` is the reference with line breaks joined and line-end hyphenation
    rejoined; ``span`` covers it in the original input (first to last character).
    """

    text: str
    span: Span


@frozen(kw_only=True)
class Reference:
    """One bibliographic work as CSL describes it, plus where it was read from.

    ``raw`` and ``span`` are the text it was parsed from (both ``None`` for a record
    built from data, such as an imported BibTeX entry). ``locator`` is the place cited
    in this occurrence, not part of the work. ``same_author_as_previous`` flags ``———``,
    ``Id.`` or ``ders.`` standing for the author of the reference before; resolution
    happens later. ``related`` holds other editions or translations given inside the
    same reference (``Paris 1921 [It. tr. Milano 1969]``). ``archive`` and
    ``archive_location`` place an archival source (``ASV``; ``Senato, reg. 12, c. 34r``).
    ``confidence`` is in [0, 1].
    """

    id: str | None = None
    type: str = "document"
    author: tuple[Name, ...] = field(default=(), converter=_tuple)
    editor: tuple[Name, ...] = field(default=(), converter=_tuple)
    translator: tuple[Name, ...] = field(default=(), converter=_tuple)
    title: str | None = None
    container_title: str | None = None
    collection_title: str | None = None
    publisher: str | None = None
    publisher_place: str | None = None
    issued: Date | None = None
    original_date: Date | None = None
    accessed: Date | None = None
    volume: str | None = None
    issue: str | None = None
    page: str | None = None
    number: str | None = None
    edition: str | None = None
    number_of_pages: str | None = None
    number_of_volumes: str | None = None
    archive: str | None = None
    archive_location: str | None = None
    doi: str | None = None
    url: str | None = None
    isbn: str | None = None
    issn: str | None = None
    language: str | None = None
    genre: str | None = None
    medium: str | None = None
    note: str | None = None
    locator: Locator | None = None
    same_author_as_previous: bool = False
    related: tuple[Reference, ...] = field(default=(), converter=_tuple)
    raw: str | None = None
    span: Span | None = None
    confidence: float = 1.0


@frozen(kw_only=True)
class Marker:
    """A footnote marker in the running text (``¹``, ``[12]``, ``dictatorship.”1``).

    ``span`` covers the printed marker: the label itself when bare (``1`` in ``.”1``), with
    its brackets or tag when set off (``[12]``, ``[^id]``, ``<sup>3</sup>``); ``note`` is the
    index of the note it points to in :attr:`Document.notes`, or ``None`` when no note was
    found.
    """

    label: str
    span: Span
    note: int | None = None


@frozen(kw_only=True)
class Note:
    """A footnote or endnote: its label, its whole text and the pieces it was read from.

    ``span`` runs from the first character of the label to the end of the last
    segment; ``segments`` are the spans of the original text the note's ``text`` is
    made of (several when the note continues after a page break). ``article`` counts
    the article or chapter the note belongs to (numbering restarts per article).
    """

    label: str
    span: Span
    text: str
    segments: tuple[Span, ...] = field(converter=_tuple)
    markers: tuple[int, ...] = field(default=(), converter=_tuple)
    article: int = 0


CitationKind = Literal["full", "short", "ibid", "op-cit"]
Section = Literal["note", "bibliography", "text"]


@frozen(kw_only=True)
class Citation:
    """One occurrence of a work in a text.

    ``work`` is the id of the :class:`Reference` in :attr:`Document.works` it
    resolves to; when resolution fails ``work`` is ``None`` and ``unresolved`` says why.
    """

    kind: CitationKind
    raw: str
    span: Span
    section: Section
    note: int | None = None
    locator: Locator | None = None
    reference: Reference | None = None
    work: str | None = None
    unresolved: str | None = None


@frozen(kw_only=True)
class Document:
    """What citex found in one text: its own record, notes, citations and works."""

    self_record: Reference | None = None
    markers: tuple[Marker, ...] = field(default=(), converter=_tuple)
    notes: tuple[Note, ...] = field(default=(), converter=_tuple)
    citations: tuple[Citation, ...] = field(default=(), converter=_tuple)
    works: tuple[Reference, ...] = field(default=(), converter=_tuple)


@frozen(kw_only=True)
class ImportProblem:
    """An entry of a BibTeX or CSL-JSON input that could not be read (fully).

    ``entry`` is its key or id when one could be read, ``line`` its first line
    (1-based) in the input; ``message`` says what is wrong.
    """

    entry: str | None
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"entry {self.entry!r}" if self.entry is not None else "an entry"
        at = f" at line {self.line}" if self.line is not None else ""
        return f"{where}{at}: {self.message}"


@frozen(kw_only=True)
class ImportResult:
    """What reading a BibTeX or CSL-JSON library gave: the good entries and the problems.

    ``ignored_fields`` names input fields citex has no place for (``abstract``,
    ``keywords``...), which were read over, so callers can say so.
    """

    references: tuple[Reference, ...] = field(default=(), converter=_tuple)
    problems: tuple[ImportProblem, ...] = field(default=(), converter=_tuple)
    ignored_fields: tuple[str, ...] = field(default=(), converter=_tuple)
