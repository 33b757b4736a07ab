"""HTML reports: what citex found in one document, and in a corpus, for a person to check.

A document report shows the text itself with every marker, note and citation marked and
linked (marker → note and back, citation → its parsed record and work), the works as they
would go to BibTeX, the problems (markers without a note, notes without a marker,
unresolved and low-confidence citations) and the counts. A corpus report is the corpus
bibliography as a table, with its summary and three small charts, linking into the
per-document reports.

Both are one self-contained file (inline CSS, JavaScript and SVG; nothing fetched), made
with Jinja2 templates that escape every value, and readable without JavaScript: scripts
only add filtering, sorting and pop-ups. Text is split into chunks the browser may lay out
lazily (``content-visibility``), so a 5 MB document opens quickly.
"""

from __future__ import annotations

import functools
import itertools
import os
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, Literal

import jinja2
from attrs import field, frozen

from citex.corpus.bibliography import Bibliography, Entry
from citex.corpus.run import Skipped
from citex.errors import CitexError
from citex.files import output_file
from citex.formats.bibtex import to_bibtex
from citex.formats.csl import reference_to_csl
from citex.records import Citation, Document, Name, Reference, Span, _tuple

#: Below this confidence a parsed reference is worth a second look (the filter shows it).
LOW_CONFIDENCE = 0.6
#: Text is cut into chunks of about this many characters, at a line end.
_CHUNK_CHARS = 4000
#: The most characters of one value shown in a record or tooltip (a note can be huge).
_MAX_SHOWN = 2000
_MAX_TITLE = 300
#: About where the report's text column wraps, in characters.
_WRAP = 90

Tag = Literal["a", "span"]


# --------------------------------------------------------------------------------------
# The text, marked up: annotations cut into properly nested pieces
# --------------------------------------------------------------------------------------


@frozen(kw_only=True)
class Mark:
    """Something to highlight in the text: where, how deep it nests, and how it shows.

    ``level`` orders nesting (a note holds citations, a citation may hold a marker); among
    the marks over one stretch only the deepest with an ``href`` is a link, because links
    cannot nest. ``id`` goes on the first piece only.
    """

    start: int
    end: int
    level: int
    classes: str
    id: str | None = None
    href: str | None = None
    title: str | None = None


@frozen(kw_only=True)
class Token:
    """One step of the marked-up text: a run of text, or a tag opening or closing."""

    kind: Literal["text", "open", "close"]
    text: str = ""
    tag: Tag = "span"
    attributes: tuple[tuple[str, str], ...] = field(default=(), converter=_tuple)


@frozen(kw_only=True)
class Chunk:
    """A stretch of the marked-up text, ending at a line end, and how many lines it shows.

    ``lines`` lets the browser reserve about the right height for a chunk it has not laid
    out yet, so that jumping to a note far below lands where it should.
    """

    tokens: tuple[Token, ...] = field(converter=_tuple)
    lines: int


def _lines_shown(text: str) -> int:
    """About how many lines ``text`` takes, wrapped at :data:`_WRAP` characters."""
    return sum(1 + len(line) // _WRAP for line in text.split("\n"))


def _chunk_ends(text: str) -> list[int]:
    """Where chunks end: at the first line end after every :data:`_CHUNK_CHARS` characters."""
    ends = []
    position = 0
    while position < len(text):
        cut = text.find("\n", position + _CHUNK_CHARS)
        position = len(text) if cut < 0 else cut + 1
        ends.append(position)
    return ends


def _attributes(mark: Mark, tag: Tag, first: bool) -> tuple[tuple[str, str], ...]:
    """The HTML attributes of one piece of ``mark``."""
    pairs: list[tuple[str, str]] = [("class", mark.classes)]
    if first and mark.id:
        pairs.append(("id", mark.id))
    if tag == "a" and mark.href:
        pairs.append(("href", mark.href))
    if mark.title:
        pairs.append(("title", mark.title))
    return tuple(pairs)


def mark_up(text: str, marks: Iterable[Mark]) -> list[Chunk]:
    """``text`` as chunks of tokens in which ``marks`` are properly nested HTML elements.

    Marks may overlap however they like: the text is cut at every mark boundary, and each
    stretch opens the marks over it, deepest last, closing and reopening as needed. Every
    character of ``text`` is in exactly one text token, in order.
    """
    ordered = sorted((m for m in marks if m.end > m.start), key=lambda m: (m.start, m.level))
    chunk_ends = set(_chunk_ends(text))
    cuts = sorted(
        {0, len(text), *(m.start for m in ordered), *(m.end for m in ordered)} | chunk_ends
    )
    chunks: list[Chunk] = []
    chunk_start = 0
    tokens: list[Token] = []
    stack: list[tuple[Mark, Tag]] = []
    active: list[Mark] = []
    opened: set[int] = set()
    next_mark = 0
    for start, end in itertools.pairwise(cuts):
        active = [m for m in active if m.end > start]
        while next_mark < len(ordered) and ordered[next_mark].start <= start:
            active.append(ordered[next_mark])
            next_mark += 1
        wanted = _stack_for(active)
        keep = 0
        while (
            keep < min(len(stack), len(wanted))
            and stack[keep][0] is wanted[keep][0]
            and stack[keep][1] == wanted[keep][1]
        ):
            keep += 1
        tokens += [Token(kind="close", tag=tag) for _, tag in reversed(stack[keep:])]
        for mark, tag in wanted[keep:]:
            first = id(mark) not in opened
            opened.add(id(mark))
            tokens.append(Token(kind="open", tag=tag, attributes=_attributes(mark, tag, first)))
        stack = wanted
        tokens.append(Token(kind="text", text=text[start:end]))
        if end in chunk_ends:
            tokens += [Token(kind="close", tag=tag) for _, tag in reversed(stack)]
            stack = []
            chunks.append(Chunk(tokens=tokens, lines=_lines_shown(text[chunk_start:end])))
            chunk_start = end
            tokens = []
    return chunks


def _stack_for(active: Sequence[Mark]) -> list[tuple[Mark, Tag]]:
    """The elements open over one stretch, by level; only the deepest linking mark links
    (of two as deep, the one that started first)."""
    by_level = sorted(active, key=lambda m: (m.level, m.start))
    link = max((m for m in by_level if m.href), key=lambda m: m.level, default=None)
    return [(m, "a" if m is link else "span") for m in by_level]


# --------------------------------------------------------------------------------------
# Describing records
# --------------------------------------------------------------------------------------


def _shorten(text: str, limit: int = _MAX_SHOWN) -> str:
    """``text``, cut to ``limit`` characters with a note of how much was left out."""
    if len(text) <= limit:
        return text
    return f"{text[:limit]}… ({len(text) - limit} more characters)"


def _name(name: Name) -> str:
    """``Family, Given`` (or the literal name)."""
    if name.literal:
        return name.literal
    family = " ".join(p for p in (name.particle, name.family) if p)
    return ", ".join(p for p in (family, name.given, name.suffix) if p)


def describe(ref: Reference) -> str:
    """``Family, Given. Title. Container. Publisher. Year.`` as far as known, else the raw text."""
    names = "; ".join(_name(n) for n in ref.author or ref.editor)
    year = str(ref.issued.year) if ref.issued and ref.issued.year else None
    parts = [
        p.rstrip(".") for p in (names, ref.title, ref.container_title, ref.publisher, year) if p
    ]
    return _shorten(". ".join(parts) + "." if parts else ref.raw or ref.note or "(no text)")


def _csl_value(value: Any) -> str:
    """A CSL-JSON value as a person reads it: names joined, dates as printed."""
    if isinstance(value, list):
        if all(isinstance(v, Mapping) for v in value):
            return "; ".join(
                str(v.get("literal"))
                if "literal" in v
                else ", ".join(
                    str(v[k])
                    for k in ("non-dropping-particle", "family", "given", "suffix")
                    if k in v
                )
                for v in value
            )
        return ", ".join(_csl_value(v) for v in value)
    if isinstance(value, Mapping):
        if "date-parts" in value:
            date = "–".join("-".join(str(p) for p in parts) for parts in value["date-parts"])
            return f"c. {date}" if value.get("circa") else date
        if "literal" in value:
            return str(value["literal"])
        return "; ".join(f"{k}: {_csl_value(v)}" for k, v in value.items())
    return str(value)


def csl_fields(ref: Reference) -> list[tuple[str, str]]:
    """The CSL variables of ``ref`` as (name, readable value) pairs, in CSL-JSON order.

    citex's own data (locator, confidence, raw text, span) is shown elsewhere in a report,
    so ``custom`` is left out, as is the ``id``.
    """
    item = reference_to_csl(ref)
    return [
        (name, _shorten(_csl_value(value)))
        for name, value in item.items()
        if name not in ("id", "custom")
    ]


def _locator(citation: Citation) -> str | None:
    """``page 218`` or ``None``."""
    return f"{citation.locator.label} {citation.locator.value}" if citation.locator else None


def citation_confidence(citation: Citation, works: Mapping[str, Reference]) -> float | None:
    """How sure the parser was: of the citation's own reference, else of the work it resolved to."""
    if citation.reference is not None:
        return citation.reference.confidence
    if citation.work is not None and citation.work in works:
        return works[citation.work].confidence
    return None


# --------------------------------------------------------------------------------------
# One document
# --------------------------------------------------------------------------------------


@frozen(kw_only=True)
class CitationView:
    """One citation as the report lists it."""

    index: int
    kind: str
    raw: str
    where: str
    note_id: str | None
    locator: str | None
    confidence: float | None
    low: bool
    work_id: str | None
    work_key: str | None
    unresolved: str | None
    fields: tuple[tuple[str, str], ...] = field(converter=_tuple)


@frozen(kw_only=True)
class WorkView:
    """One work as the side panel lists it: key, description, BibTeX and its citations."""

    id: str
    key: str
    type: str
    text: str
    bibtex: str
    low: bool
    citations: tuple[CitationView, ...] = field(converter=_tuple)

    @property
    def issue(self) -> bool:
        """Whether the filter for doubtful items shows this work."""
        return self.low or any(view.low for view in self.citations)


def _work_anchor(index: int) -> str:
    """The HTML id of a work in the side panel (citekeys are not guaranteed id-safe)."""
    return f"work-{index}"


def _note_where(doc: Document, citation: Citation) -> str:
    """``note 3`` or ``bibliography``."""
    if citation.note is None:
        return citation.section
    return f"note {doc.notes[citation.note].label}"


def _citation_views(doc: Document, low_confidence: float) -> list[CitationView]:
    """Every citation as a :class:`CitationView`."""
    works = {w.id: w for w in doc.works if w.id}
    anchors = {w.id: i for i, w in enumerate(doc.works) if w.id}
    views = []
    for index, citation in enumerate(doc.citations):
        confidence = citation_confidence(citation, works)
        work = works.get(citation.work) if citation.work else None
        views.append(
            CitationView(
                index=index,
                kind=citation.kind,
                raw=_shorten(citation.raw),
                where=_note_where(doc, citation),
                note_id=f"note-{citation.note}" if citation.note is not None else None,
                locator=_locator(citation),
                confidence=confidence,
                low=confidence is not None and confidence < low_confidence,
                work_id=_work_anchor(anchors[citation.work]) if work and citation.work else None,
                work_key=citation.work if work else None,
                unresolved=None
                if work
                else citation.unresolved or "resolves to no work in the document",
                fields=csl_fields(citation.reference) if citation.reference else (),
            )
        )
    return views


def _title(view: CitationView) -> str:
    """The tooltip of a citation in the text (shown even without JavaScript)."""
    head = f"{view.kind} citation"
    if view.locator:
        head += f", {view.locator}"
    tail = f"→ {view.work_key}" if view.work_key else f"unresolved: {view.unresolved}"
    return _shorten(f"{head} {tail}", _MAX_TITLE)


def _marks(doc: Document, text: str, views: Sequence[CitationView]) -> Iterator[Mark]:
    """The notes (label and text), citations and markers of ``doc`` as :class:`Mark` s."""
    for index, note in enumerate(doc.notes):
        label_end = note.segments[0].start if note.segments else note.span.end
        # the label without the space before the note's text, so the link is the label alone
        label_end = note.span.start + len(text[note.span.start : label_end].rstrip())
        has_label = label_end > note.span.start
        orphan = "" if note.markers else " orphan"
        if has_label:
            yield Mark(
                start=note.span.start,
                end=label_end,
                level=1,
                classes=f"note-label{orphan}",
                id=f"note-{index}",
                href=f"#marker-{note.markers[0]}" if note.markers else None,
                title="back to the marker" if note.markers else "no marker points to this note",
            )
        for number, segment in enumerate(note.segments):
            yield Mark(
                start=segment.start,
                end=segment.end,
                level=0,
                classes=f"note{orphan}",
                id=f"note-{index}" if number == 0 and not has_label else None,
            )
    for view, citation in zip(views, doc.citations, strict=True):
        status = " unresolved" if view.unresolved else ""
        low = " low" if view.low else ""
        pieces: Sequence[Span] = [citation.span]
        if citation.note is not None and doc.notes[citation.note].segments:
            pieces = _clip(citation.span, doc.notes[citation.note].segments)
        for number, piece in enumerate(pieces):
            yield Mark(
                start=piece.start,
                end=piece.end,
                level=2,
                classes=f"cite kind-{view.kind}{status}{low}",
                id=f"cite-{view.index}" if number == 0 else None,
                href=f"#record-{view.index}",
                title=_title(view),
            )
    for index, marker in enumerate(doc.markers):
        yield Mark(
            start=marker.span.start,
            end=marker.span.end,
            level=3,
            classes="marker" if marker.note is not None else "marker orphan",
            id=f"marker-{index}",
            href=f"#note-{marker.note}" if marker.note is not None else None,
            title=f"note {doc.notes[marker.note].label}"
            if marker.note is not None
            else "no note found for this marker",
        )


def _clip(span: Span, segments: Sequence[Span]) -> list[Span]:
    """The parts of ``span`` inside ``segments`` (a citation in a note that breaks over a page)."""
    parts = [
        Span(start=max(span.start, s.start), end=min(span.end, s.end))
        for s in segments
        if s.start < span.end and span.start < s.end
    ]
    return parts or [span]


def overlapping_markers(doc: Document) -> list[int]:
    """Markers printed where another marker is (a finder's mistake): they cannot be links.

    Links cannot nest, so in the text only the first of them links to its note; the report
    lists the others, each with a link to its note.
    """
    order = sorted(range(len(doc.markers)), key=lambda i: doc.markers[i].span.start)
    found, reach = [], -1
    for index in order:
        span = doc.markers[index].span
        if span.start < reach:
            found.append(index)
        reach = max(reach, span.end)
    return sorted(found)


def document_counts(doc: Document, *, low_confidence: float = LOW_CONFIDENCE) -> dict[str, int]:
    """The counts a document report shows at the top, by name."""
    works = {w.id: w for w in doc.works if w.id}
    kinds = Counter(c.kind for c in doc.citations)
    low = sum(
        1
        for c in doc.citations
        if (confidence := citation_confidence(c, works)) is not None and confidence < low_confidence
    )
    return {
        "markers": len(doc.markers),
        "notes": len(doc.notes),
        "citations": len(doc.citations),
        "works": len(doc.works),
        "unresolved": sum(1 for c in doc.citations if c.work is None),
        "low-confidence": low,
        "markers-without-note": sum(1 for m in doc.markers if m.note is None),
        "notes-without-marker": sum(1 for n in doc.notes if not n.markers),
        **{f"kind-{kind}": kinds.get(kind, 0) for kind in ("full", "short", "ibid", "op-cit")},
    }


def document_report(
    doc: Document,
    text: str,
    *,
    name: str,
    corpus_link: str | None = None,
    low_confidence: float = LOW_CONFIDENCE,
) -> str:
    """One self-contained HTML page showing what citex found in ``text``.

    Args:
        doc: What :func:`citex.extract` found in ``text``.
        text: The text ``doc``'s spans index into.
        name: How the page names the document (a file name).
        corpus_link: Address of a corpus report to link back to, if any.
        low_confidence: Citations parsed with less confidence are flagged.

    Returns:
        The HTML text.
    """
    views = _citation_views(doc, low_confidence)
    by_work: dict[str, list[CitationView]] = defaultdict(list)
    for view in views:
        if view.work_key:
            by_work[view.work_key].append(view)
    works = [
        WorkView(
            id=_work_anchor(index),
            key=work.id or "",
            type=work.type,
            text=describe(work),
            bibtex=_shorten(to_bibtex([work]), 4 * _MAX_SHOWN),
            low=work.confidence < low_confidence,
            citations=by_work.get(work.id or "", ()),
        )
        for index, work in enumerate(doc.works)
    ]
    return (
        _environment()
        .get_template("document.html.j2")
        .render(
            name=name,
            self_record=describe(doc.self_record) if doc.self_record else None,
            counts=document_counts(doc, low_confidence=low_confidence),
            chunks=mark_up(text, _marks(doc, text, views)),
            citations=views,
            works=works,
            markers_without_note=[
                (index, marker.label)
                for index, marker in enumerate(doc.markers)
                if marker.note is None
            ],
            markers_overlapping=[
                (index, doc.markers[index].label, doc.markers[index].note)
                for index in overlapping_markers(doc)
            ],
            notes_without_marker=[
                (index, note.label) for index, note in enumerate(doc.notes) if not note.markers
            ],
            corpus_link=corpus_link,
            low_confidence=low_confidence,
        )
    )


# --------------------------------------------------------------------------------------
# Templates
# --------------------------------------------------------------------------------------


@functools.cache
def _environment() -> jinja2.Environment:
    """The Jinja2 environment: templates shipped in the package, every value escaped."""
    return jinja2.Environment(
        loader=jinja2.PackageLoader("citex.formats", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


# --------------------------------------------------------------------------------------
# A corpus
# --------------------------------------------------------------------------------------


@frozen(kw_only=True)
class CorpusCitation:
    """One citation of a work in a corpus document, linked into that document's report."""

    document: str
    href: str | None
    note: str
    locator: str


@frozen(kw_only=True)
class CorpusWork:
    """One row of the corpus table."""

    key: str
    text: str
    type: str
    year: int | None
    language: str | None
    documents: int
    citations: int
    cited: tuple[CorpusCitation, ...] = field(converter=_tuple)
    related: tuple[str, ...] = field(converter=_tuple)
    self_of: tuple[str, ...] = field(converter=_tuple)


@frozen(kw_only=True)
class DocumentRow:
    """One corpus document: its report (``None`` when it could not be made) and counts."""

    name: str
    href: str | None
    counts: tuple[tuple[str, int], ...] = field(converter=_tuple)
    problem: str | None = None


@frozen(kw_only=True)
class Bar:
    """One bar of a chart, placed: its label, value and rectangle in SVG units."""

    label: str
    value: int
    x: float
    y: float
    width: float
    height: float
    show_label: bool = True


@frozen(kw_only=True)
class Chart:
    """A small bar chart drawn as inline SVG (``horizontal``: one row a bar, labelled)."""

    id: str
    title: str
    horizontal: bool
    width: int
    height: int
    bars: tuple[Bar, ...] = field(converter=_tuple)


_LABEL_WIDTH = 180
_BAR_ROOM = 230
_ROW = 18
_COLUMN_HEIGHT = 120
_COLUMN_ROOM = 520


def _shorten_label(text: str, limit: int = 26) -> str:
    """A chart label short enough for its column."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def horizontal_chart(chart_id: str, title: str, counts: Sequence[tuple[str, int]]) -> Chart:
    """A bar per (label, value), longest bar :data:`_BAR_ROOM` units wide."""
    top = max((value for _, value in counts), default=0) or 1
    bars = [
        Bar(
            label=_shorten_label(label),
            value=value,
            x=_LABEL_WIDTH,
            y=index * _ROW + 2,
            width=round(value / top * _BAR_ROOM, 1),
            height=_ROW - 4,
        )
        for index, (label, value) in enumerate(counts)
    ]
    return Chart(
        id=chart_id,
        title=title,
        horizontal=True,
        width=_LABEL_WIDTH + _BAR_ROOM + 50,
        height=max(_ROW, len(bars) * _ROW + 4),
        bars=bars,
    )


def column_chart(chart_id: str, title: str, counts: Sequence[tuple[str, int]]) -> Chart:
    """A column per (label, value) left to right, about six of them labelled below."""
    top = max((value for _, value in counts), default=0) or 1
    step = _COLUMN_ROOM / max(1, len(counts))
    every = max(1, round(len(counts) / 6))
    bars = [
        Bar(
            label=label,
            value=value,
            x=round(index * step, 1),
            y=round(_COLUMN_HEIGHT - value / top * _COLUMN_HEIGHT, 1),
            width=max(1.0, round(step * 0.8, 1)),
            height=round(value / top * _COLUMN_HEIGHT, 1),
            show_label=index % every == 0 or index == len(counts) - 1,
        )
        for index, (label, value) in enumerate(counts)
    ]
    return Chart(
        id=chart_id,
        title=title,
        horizontal=False,
        width=_COLUMN_ROOM + 40,
        height=_COLUMN_HEIGHT + 20,
        bars=bars,
    )


def years_counted(years: Iterable[int]) -> list[tuple[str, int]]:
    """Works per year, every year from the first to the last; per decade over a long span."""
    counted = Counter(years)
    if not counted:
        return []
    first, last = min(counted), max(counted)
    if last - first <= 60:
        return [(str(year), counted.get(year, 0)) for year in range(first, last + 1)]
    decades = Counter({year // 10 * 10: 0 for year in counted})
    for year, n in counted.items():
        decades[year // 10 * 10] += n
    return [
        (f"{decade}s", decades.get(decade, 0))
        for decade in range(first // 10 * 10, last // 10 * 10 + 1, 10)
    ]


def corpus_report(
    entries: Iterable[Entry],
    rows: Iterable[tuple[str, str, str, str]],
    *,
    stats: Mapping[str, int],
    summary: str,
    skipped: Sequence[Skipped] = (),
    documents: Sequence[DocumentRow] = (),
    top: int = 10,
) -> str:
    """One self-contained HTML page for a corpus bibliography.

    Args:
        entries: The bibliography's entries (:meth:`Bibliography.entries`).
        rows: Every citation as (document, note label, locator, citekey or ``""``), in
            document order (:meth:`Bibliography.citation_rows`): the n-th row of a document
            is its n-th citation, which its report names ``cite-n``.
        stats: The counts the command prints (documents, notes, citations, works, unresolved).
        summary: The summary line the command prints.
        skipped: The files that were not read, with the reason.
        documents: The documents, with the address of each one's report.
        top: How many works the "cited most" chart shows.

    Returns:
        The HTML text.
    """
    reports = {row.name: row.href for row in documents}
    cited: dict[str, list[CorpusCitation]] = defaultdict(list)
    seen: Counter[str] = Counter()
    for document, note, locator, key in rows:
        index = seen[document]
        seen[document] += 1
        if key:
            href = reports.get(document)
            cited[key].append(
                CorpusCitation(
                    document=document,
                    href=f"{href}#cite-{index}" if href else None,
                    note=note,
                    locator=locator,
                )
            )
    works = [
        CorpusWork(
            key=entry.key,
            text=describe(entry.reference),
            type=entry.reference.type,
            year=entry.reference.issued.year if entry.reference.issued else None,
            language=entry.reference.language,
            documents=len(entry.cited_by),
            citations=sum(n for _, n in entry.cited_by),
            cited=cited.get(entry.key, ()),
            related=entry.related,
            self_of=entry.documents,
        )
        for entry in entries
    ]
    most = sorted((w for w in works if w.citations), key=lambda w: (-w.citations, w.key))[:top]
    charts = [
        horizontal_chart("chart-most", "Works cited most", [(w.key, w.citations) for w in most]),
        column_chart(
            "chart-years", "Works by year", years_counted(w.year for w in works if w.year)
        ),
        horizontal_chart(
            "chart-languages",
            "Works by language",
            Counter(w.language or "unknown" for w in works).most_common(),
        ),
    ]
    return (
        _environment()
        .get_template("corpus.html.j2")
        .render(
            stats=stats,
            summary=summary,
            skipped=skipped,
            documents=documents,
            works=works,
            charts=charts,
        )
    )


def _slug(name: str) -> str:
    """A file-name-safe form of a document name (``dev/a b/text.txt`` -> ``dev-a-b-text.txt``)."""
    kept = "".join(c if c.isascii() and (c.isalnum() or c in "._-") else "-" for c in name)
    return "-".join(part for part in kept.split("-") if part)[:80] or "document"


def _write_document_report(task: tuple[str, str, str]) -> tuple[dict[str, int] | None, str | None]:
    """Read, extract and report one corpus document: its counts, or why there is no report."""
    from citex.pipeline import extract
    from citex.text.decode import read_text

    name, target, corpus_link = task
    try:
        text = read_text(name)
        doc = extract(text)
        html = document_report(doc, text, name=name, corpus_link=corpus_link)
        with output_file(target) as out:  # the one safe writer (docs/security.md)
            out.write(html)
    except (CitexError, OSError) as error:
        return None, str(error)
    return document_counts(doc), None


def write_document_reports(
    names: Sequence[str], folder: Path, *, corpus_link: str, jobs: int = 1
) -> list[DocumentRow]:
    """Write one report per document into ``folder``, in parallel when ``jobs`` > 1.

    Each document is read and extracted again (the corpus run keeps only what the
    bibliography needs). Reports are named by position and name, so they sort as the
    documents do.
    """
    folder.mkdir(parents=True, exist_ok=True)
    files = [f"{index:04d}-{_slug(name)}.html" for index, name in enumerate(names)]
    link = os.path.relpath(corpus_link, folder) if corpus_link else ""
    tasks = [(name, str(folder / file), link) for name, file in zip(names, files, strict=True)]
    if jobs > 1 and len(tasks) > 1:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("fork" if "fork" in methods else None)
        with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
            results = list(pool.map(_write_document_report, tasks))
    else:
        results = [_write_document_report(task) for task in tasks]
    return [
        DocumentRow(
            name=name,
            href=f"{folder.name}/{file}" if counts is not None else None,
            counts=tuple((counts or {}).items()),
            problem=problem,
        )
        for name, file, (counts, problem) in zip(names, files, results, strict=True)
    ]


def _usable_cores() -> int:
    """Cores this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def write_corpus_report(
    bibliography: Bibliography,
    skipped: Sequence[Skipped],
    path: Path,
    *,
    summary: str,
    jobs: int | None = None,
) -> None:
    """Write the corpus report at ``path`` and a report per document beside it.

    The per-document reports go in ``<name>-documents/`` next to ``path``.

    Args:
        bibliography: The corpus bibliography, with keys assigned.
        skipped: The files that were not read.
        path: Where the corpus report goes.
        summary: The summary line the command prints.
        jobs: Processes that write document reports; default the usable cores.
    """
    entries = list(bibliography.entries())
    names = sorted({name for entry in entries for name in entry.documents})
    documents = write_document_reports(
        names,
        path.with_name(f"{path.stem}-documents"),
        corpus_link=str(path),
        jobs=jobs or _usable_cores(),
    )
    html = corpus_report(
        entries,
        bibliography.citation_rows(),
        stats=bibliography.stats(),
        summary=summary,
        skipped=skipped,
        documents=documents,
    )
    with output_file(path) as out:
        out.write(html)
