"""PDF documents: the text in reading order, with footnote markers and notes read from the page.

Read with pypdfium2 (the extra ``citex-refs[pdf]``), character by character with each one's
font size and baseline. On each page:

1. Columns: a vertical gutter that no character crosses splits the page; lines that cross it
   (a title, a centred page number) span the page.
2. Lines: characters on one baseline; a run of characters in a smaller font on a raised
   baseline just above a line is a superscript of that line.
3. The note area of a column: the lines under a short horizontal rule at the column's left
   (both LaTeX and LibreOffice draw one), or else the lines at the column's foot set in a
   smaller type than the body. A line of it that opens with a superscript (or with the next
   note number) starts a note; the other lines go on with the note before, across columns and
   pages (a long note continues at the foot of the next page).
4. Markers: superscript digits or note symbols in body lines, linked to the note with their
   label that comes next.

The text puts each column's body lines, then its note lines, then the next column's, with
blank lines between blocks; a superscript is written in Unicode superscript digits (``¹²``),
so the plain-text finder sees markers if the page has no note area. Page numbers stand alone
between blank lines, as the layout model expects.
"""

from __future__ import annotations

import ctypes
import statistics
from collections import Counter
from collections.abc import Sequence
from itertools import pairwise, takewhile

import attrs
from attrs import frozen

from citex.errors import InputError
from citex.records import Marker, Note, Span
from citex.sources import patterns
from citex.sources.model import Page, PageLine, Source
from citex.text.clean import join_segments

try:
    import pypdfium2  # type: ignore[import-untyped]  # pypdfium2 ships no type information
    import pypdfium2.raw as pdfium_c  # type: ignore[import-untyped]
except ImportError:  # pragma: no cover - the extra is installed in CI
    pypdfium2 = None

# A character this much smaller than its line's type, on a baseline this much higher
# (as a share of the line's size), is a superscript.
_SUPERSCRIPT_SIZE = 0.85
_SUPERSCRIPT_RISE = 0.65
# Characters on baselines this close (points) are on one line.
_BASELINE_TOLERANCE = 1.0
# A gap wider than this share of the font size between two characters is a space.
_SPACE_GAP = 0.18
# A gutter: a band this wide (points) in the middle of the page that no character crosses.
_MIN_GUTTER = 4.0
_GUTTER_BAND = (0.25, 0.75)
_BIN = 2.0
# Note type is smaller than this share of the body's.
_NOTE_SIZE = 0.92
# A footnote rule: a horizontal stroke at most this thick, between these widths (points, and
# as a share of the column's width).
_RULE_THICKNESS = 2.0
_RULE_MIN_WIDTH = 15.0
_RULE_MAX_SHARE = 0.8
# A paragraph break: a gap between lines this much larger than the usual one.
_PARAGRAPH_GAP = 1.4
_HYPHENS = frozenset("\x02\xad\ufffe")
_SUPERSCRIPTS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


@frozen
class _Glyph:
    """One character on a page: its text, left and right edge, baseline and font size."""

    char: str
    left: float
    right: float
    baseline: float
    size: float
    spaced: bool = False  # pdfium read a space just before it


@attrs.define
class _Row:
    """One line of a column while the page is read."""

    glyphs: list[_Glyph]
    raised: list[_Glyph]
    baseline: float
    size: float
    column: int
    kind: str = "body"
    label: str | None = None  # a note's label when the row starts a note

    @property
    def left(self) -> float:
        return min(g.left for g in self.glyphs + self.raised)

    @property
    def right(self) -> float:
        return max(g.right for g in self.glyphs + self.raised)


@frozen
class _Rule:
    """A horizontal stroke on a page."""

    left: float
    right: float
    y: float


def read_pdf(data: bytes, *, name: str, path: str | None = None) -> Source:
    """The text, markers, notes and page layout of a PDF.

    Raises:
        InputError: the PDF is encrypted, broken or has no text layer; or pypdfium2 is missing.
    """
    if pypdfium2 is None:
        raise InputError(f"{name}: reading PDF needs the extra: pip install 'citex-refs[pdf]'")
    try:
        document = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError as error:
        if "password" in str(error).lower():
            raise InputError(f"{name}: is an encrypted PDF (a password is needed)") from error
        raise InputError(f"{name}: is not a readable PDF ({error})") from error
    try:
        pages = [_read_page(document, index) for index in range(len(document))]
    finally:
        document.close()
    if not any(glyphs for glyphs, _, _ in pages):
        raise InputError(f"{name}: has no text layer: run OCR first")
    sizes = Counter(round(g.size) for glyphs, _, _ in pages for g in glyphs)
    body_size = float(sizes.most_common(1)[0][0])
    writer = _Writer()
    for number, (glyphs, rules, (width, height)) in enumerate(pages, start=1):
        rows = _rows(glyphs, width)
        _mark_notes(rows, rules, body_size, writer)
        writer.page(number, width, height, rows)
    return writer.source(path)


def _read_page(
    document: pypdfium2.PdfDocument, index: int
) -> tuple[list[_Glyph], list[_Rule], tuple[float, float]]:
    """The characters and horizontal strokes of one page, and its size."""
    page = document[index]
    try:
        width, height = page.get_size()
        textpage = page.get_textpage()
        try:
            glyphs = _glyphs(textpage)
        finally:
            textpage.close()
        rules = _rules(page)
    finally:
        page.close()
    return glyphs, rules, (width, height)


def _glyphs(textpage: pypdfium2.PdfTextPage) -> list[_Glyph]:
    """Every visible character of a page (no spaces: gaps say where words end)."""
    raw = textpage.raw
    count = pdfium_c.FPDFText_CountChars(raw)
    text = textpage.get_text_range() if count else ""
    box = pdfium_c.FS_RECTF()
    x, y = ctypes.c_double(), ctypes.c_double()
    glyphs = []
    spaced = False
    for index in range(count):
        char = text[index] if len(text) == count else chr(pdfium_c.FPDFText_GetUnicode(raw, index))
        if char in _HYPHENS:  # pdfium's mark for a hyphen at a line end
            char = "-"
        elif char == " ":
            spaced = True
            continue
        elif char.isspace() or not char.isprintable():
            continue
        pdfium_c.FPDFText_GetLooseCharBox(raw, index, box)
        pdfium_c.FPDFText_GetCharOrigin(raw, index, x, y)
        size = pdfium_c.FPDFText_GetFontSize(raw, index)
        glyphs.append(_Glyph(char, box.left, max(box.right, box.left), y.value, size, spaced))
        spaced = False
    return glyphs


def _rules(page: pypdfium2.PdfPage) -> list[_Rule]:
    """The thin horizontal strokes of a page (footnote rules among them)."""
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    rules = []
    for index in range(pdfium_c.FPDFPage_CountObjects(page.raw)):
        item = pdfium_c.FPDFPage_GetObject(page.raw, index)
        if pdfium_c.FPDFPageObj_GetType(item) != pdfium_c.FPDF_PAGEOBJ_PATH:
            continue
        if not pdfium_c.FPDFPageObj_GetBounds(item, left, bottom, right, top):
            continue
        if (
            top.value - bottom.value <= _RULE_THICKNESS
            and right.value - left.value >= _RULE_MIN_WIDTH
        ):
            rules.append(_Rule(left.value, right.value, (top.value + bottom.value) / 2))
    return rules


def _gutter(glyphs: Sequence[_Glyph], width: float) -> tuple[float, float] | None:
    """The widest band in the middle of the page that no character crosses, if wide enough."""
    bins = [0] * (int(width / _BIN) + 2)
    for glyph in glyphs:
        for index in range(
            max(0, int(glyph.left / _BIN)), min(len(bins), int(glyph.right / _BIN) + 1)
        ):
            bins[index] += 1
    covered = [count for count in bins if count]
    if not covered:
        return None
    floor = 0.1 * statistics.median(covered)
    low, high = int(width * _GUTTER_BAND[0] / _BIN), int(width * _GUTTER_BAND[1] / _BIN)
    best: tuple[float, float] | None = None
    start = None
    for index in range(low, high + 1):
        if bins[index] <= floor:
            start = index if start is None else start
            continue
        if start is not None:
            band = (start * _BIN, index * _BIN)
            if band[1] - band[0] >= _MIN_GUTTER and (
                best is None or band[1] - band[0] > best[1] - best[0]
            ):
                best = band
            start = None
    if best is None:
        return None
    # text must stand on both sides
    left_side = sum(1 for g in glyphs if g.right <= best[0])
    right_side = sum(1 for g in glyphs if g.left >= best[1])
    return best if min(left_side, right_side) > 0.1 * len(glyphs) else None


def _rows(glyphs: Sequence[_Glyph], width: float) -> list[_Row]:
    """The page's lines in reading order, superscripts attached to the line they rise from."""
    gutter = _gutter(glyphs, width)
    columns: dict[int, list[_Glyph]] = {}
    if gutter is None:
        columns[0] = list(glyphs)
    else:
        middle = (gutter[0] + gutter[1]) / 2
        crossing = {round(g.baseline) for g in glyphs if g.left < middle < g.right}
        for glyph in glyphs:
            if round(glyph.baseline) in crossing:
                column = -1
            else:
                column = 0 if (glyph.left + glyph.right) / 2 < middle else 1
            columns.setdefault(column, []).append(glyph)
    rows_by_column = {column: _column_rows(items, column) for column, items in columns.items()}
    spanning = rows_by_column.pop(-1, [])
    top = max((row.baseline for rows in rows_by_column.values() for row in rows), default=0.0)
    ordered = [row for row in spanning if row.baseline > top]
    for column in sorted(rows_by_column):
        ordered.extend(rows_by_column[column])
    ordered.extend(row for row in spanning if row.baseline <= top)
    return ordered


def _column_rows(glyphs: Sequence[_Glyph], column: int) -> list[_Row]:
    """The lines of one column, top to bottom."""
    clusters: list[list[_Glyph]] = []
    for glyph in sorted(glyphs, key=lambda g: (-g.baseline, g.left)):
        if clusters and clusters[-1][0].baseline - glyph.baseline <= _BASELINE_TOLERANCE:
            clusters[-1].append(glyph)
        else:
            clusters.append([glyph])
    rows = [
        _Row(
            glyphs=cluster,
            raised=[],
            baseline=cluster[0].baseline,
            size=_usual_size(cluster),
            column=column,
        )
        for cluster in clusters
    ]
    kept: list[_Row] = []
    for index, row in enumerate(rows):
        below = rows[index + 1] if index + 1 < len(rows) else None
        if (
            below is not None
            and row.size <= _SUPERSCRIPT_SIZE * below.size
            and row.baseline - below.baseline <= _SUPERSCRIPT_RISE * below.size
            and row.left >= below.left - 3 * below.size
            and row.right <= below.right + 3 * below.size
        ):
            below.raised.extend(row.glyphs)
        else:
            kept.append(row)
    for row in kept:
        row.glyphs.sort(key=lambda g: g.left)
        row.raised.sort(key=lambda g: g.left)
    return kept


def _usual_size(glyphs: Sequence[_Glyph]) -> float:
    """The most common font size among ``glyphs``."""
    return Counter(round(g.size, 1) for g in glyphs).most_common(1)[0][0]


def _row_pieces(row: _Row) -> list[tuple[str, bool]]:
    """A row's text as pieces: (text, False) for plain runs, (label, True) for superscripts."""
    merged = sorted(
        [(g, False) for g in row.glyphs] + [(g, True) for g in row.raised],
        key=lambda item: item[0].left,
    )
    pieces: list[tuple[str, bool]] = []
    previous: _Glyph | None = None
    for glyph, raised in merged:
        gap = glyph.left - previous.right if previous is not None else 0.0
        # a space where the gap is wide, or where pdfium read one and the glyphs do not touch
        # (an italic letter's box reaches over the space after it)
        space = previous is not None and (
            gap > _SPACE_GAP * max(glyph.size, previous.size)
            or (glyph.spaced and gap > -_SPACE_GAP * glyph.size)
        )
        if pieces and pieces[-1][1] == raised and not (raised and space):
            text = pieces[-1][0] + (" " if space else "") + glyph.char
            pieces[-1] = (text, raised)
        else:
            if space:
                pieces.append((" ", False))
            pieces.append((glyph.char, raised))
        previous = glyph
    return pieces


def _mark_notes(
    rows: list[_Row], rules: Sequence[_Rule], body_size: float, writer: _Writer
) -> None:
    """Mark each row's kind (body, note, page) and the rows that start a note."""
    if rows and patterns.PAGE_NUMBER.fullmatch(_plain_text(rows[-1])):
        rows[-1].kind = "page"
    if rows and len(rows) > 1 and patterns.PAGE_NUMBER.fullmatch(_plain_text(rows[0])):
        rows[0].kind = "page"
    for column in sorted({row.column for row in rows}):
        column_rows = [row for row in rows if row.column == column and row.kind == "body"]
        if not column_rows:
            continue
        area = _note_area(column_rows, rules, body_size, writer)
        for row in area:
            row.kind = "note"
            label = _note_label(row, writer)
            if label is not None:
                row.label = label
                writer.last_label = label


def _note_area(
    rows: Sequence[_Row], rules: Sequence[_Rule], body_size: float, writer: _Writer
) -> list[_Row]:
    """The rows of a column's note area (maybe none)."""
    left = min(row.left for row in rows)
    right = max(row.right for row in rows)
    width = right - left
    under = [
        rule
        for rule in rules
        if abs(rule.left - left) <= body_size
        and rule.right - rule.left <= _RULE_MAX_SHARE * width
        and any(row.baseline < rule.y for row in rows)
    ]
    area: list[_Row] = []
    if under:
        y = min(rule.y for rule in under)
        area = [row for row in rows if row.baseline < y]
    # a rule over lines that neither start a note nor go on with one is not a footnote rule
    if not (area and _opens_notes(area[0], writer)):
        area = list(
            reversed(list(takewhile(lambda row: row.size < _NOTE_SIZE * body_size, reversed(rows))))
        )
    return area if area and _opens_notes(area[0], writer) else []


def _opens_notes(row: _Row, writer: _Writer) -> bool:
    """True for a first row of a note area: it starts a note or goes on with an open one."""
    return _note_label(row, writer) is not None or writer.open_note


def _note_label(row: _Row, writer: _Writer) -> str | None:
    """The label a note-area row starts with, or None for a row that goes on with a note."""
    pieces = _row_pieces(row)
    if pieces and pieces[0][1] and patterns.MARKER_LABEL.fullmatch(pieces[0][0]):
        return pieces[0][0]
    start = patterns.PLAIN_NOTE_START.match(_plain_text(row))
    if start is None:
        return None
    expected = (
        int(writer.last_label) + 1 if writer.last_label and writer.last_label.isdigit() else 1
    )
    return start["label"] if int(start["label"]) == expected else None


def _plain_text(row: _Row) -> str:
    """A row's text with superscripts as plain characters."""
    return "".join(text for text, _ in _row_pieces(row))


class _Writer:
    """Writes the pages' rows as text and collects markers, notes and the page layout."""

    def __init__(self) -> None:
        self.pieces: list[str] = []
        self.length = 0
        self.markers: list[tuple[str, Span, int]] = []  # label, span, page
        self.notes: list[tuple[str, int, list[Span], int]] = []  # label, start, segments, page
        self.pages: list[Page] = []
        self.last_label: str | None = None
        self.open_note = False

    def write(self, text: str) -> int:
        """Append ``text``; return where it starts."""
        start = self.length
        self.pieces.append(text)
        self.length += len(text)
        return start

    def page(self, number: int, width: float, height: float, rows: Sequence[_Row]) -> None:
        """Write one page's rows."""
        lines: list[PageLine] = []
        previous: _Row | None = None
        gaps = [
            a.baseline - b.baseline
            for a, b in pairwise(rows)
            if a.column == b.column and a.kind == b.kind == "body"
        ]
        usual_gap = statistics.median(gaps) if gaps else 0.0
        for row in rows:
            if self.length:
                self.write(self._separator(previous, row, usual_gap))
            start = self.length
            written: list[str] = []
            for text, raised in _row_pieces(row):
                printed = text.translate(_SUPERSCRIPTS) if raised else text
                if raised and row.kind == "body" and patterns.MARKER_LABEL.fullmatch(text):
                    at = start + sum(map(len, written))
                    self.markers.append((text, Span(start=at, end=at + len(printed)), number))
                written.append(printed)
            line = "".join(written)
            self.write(line)
            if row.kind == "note" and row.label is not None:
                body = patterns.NOTE_BODY_START.match(line)
                offset = start + (body.end() if body is not None else 0)
                self.notes.append((row.label, start, [Span(start=offset, end=self.length)], number))
                self.open_note = True
            elif row.kind == "note" and self.notes:
                segments = self.notes[-1][2]
                if (
                    previous is not None
                    and previous.kind == "note"
                    and previous.column == row.column
                ):
                    segments[-1] = Span(start=segments[-1].start, end=self.length)
                else:
                    segments.append(Span(start=start, end=self.length))
            lines.append(
                PageLine(
                    span=Span(start=start, end=self.length),
                    left=row.left,
                    right=row.right,
                    baseline=row.baseline,
                    size=row.size,
                    column=max(row.column, 0),
                    kind=row.kind,  # type: ignore[arg-type]
                )
            )
            previous = row
        self.pages.append(Page(number=number, width=width, height=height, lines=lines))

    @staticmethod
    def _separator(previous: _Row | None, row: _Row, usual_gap: float) -> str:
        """What goes between two rows: a line break, or a blank line between blocks."""
        if previous is None or previous.column != row.column or previous.kind != row.kind:
            return "\n\n"
        if row.kind == "note":
            return "\n"
        if row.kind != "body" or (
            usual_gap and previous.baseline - row.baseline > _PARAGRAPH_GAP * usual_gap
        ):
            return "\n\n"
        if abs(row.size - previous.size) > 0.5:
            return "\n\n"
        return "\n"

    def source(self, path: str | None) -> Source:
        """The :class:`Source` of everything written."""
        text = "".join(self.pieces)
        notes = []
        for label, start, segments, _ in self.notes:
            kept = [span for span in segments if span.end > span.start] or segments[:1]
            notes.append(
                Note(
                    label=label,
                    span=Span(start=start, end=kept[-1].end),
                    text=join_segments(text, kept),
                    segments=kept,
                )
            )
        links = _link(self.markers, self.notes)
        markers = [
            Marker(label=label, span=span, note=links[index])
            for index, (label, span, _) in enumerate(self.markers)
        ]
        notes = [
            attrs.evolve(note, markers=[i for i, target in enumerate(links) if target == index])
            for index, note in enumerate(notes)
        ]
        return Source(
            text=text,
            format="pdf",
            path=path,
            markers=markers,
            notes=notes,
            notes_encoded=bool(notes),
            pages=self.pages,
        )


def _link(
    markers: Sequence[tuple[str, Span, int]], notes: Sequence[tuple[str, int, list[Span], int]]
) -> list[int | None]:
    """For each marker, the index of its note: the next note with its label from the last
    one linked (on its page or after), else the nearest before it with that label."""
    links: list[int | None] = []
    cursor = 0
    for label, _, page in markers:
        found = next(
            (i for i in range(cursor, len(notes)) if notes[i][0] == label and notes[i][3] >= page),
            None,
        )
        if found is None:
            found = next(
                (i for i in range(min(cursor, len(notes) - 1), -1, -1) if notes[i][0] == label),
                None,
            )
        if found is not None:
            cursor = found
        links.append(found)
    return links
