"""Word documents (DOCX): the body's text and its footnotes and endnotes.

A marker is a ``w:footnoteReference`` or ``w:endnoteReference`` run; its note is the
``w:footnote``/``w:endnote`` of that id in ``footnotes.xml``/``endnotes.xml``. Word numbers
notes in the order of their markers (footnotes and endnotes apart, each in the number format
``settings.xml`` gives), and a marker with ``w:customMarkFollows`` prints the text after it
instead of a number, without taking one. Deleted text and field codes are left out.
"""

from __future__ import annotations

from collections.abc import Iterator
from xml.etree.ElementTree import Element

from citex.sources import patterns
from citex.sources.archive import Archive
from citex.sources.builder import TextBuilder
from citex.sources.model import Source
from citex.sources.numbering import format_number

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_NOTE_KINDS = {f"{_W}footnoteReference": "footnote", f"{_W}endnoteReference": "endnote"}
# Word's defaults when settings.xml names no format (ECMA-376 17.11.17, 17.11.11).
_DEFAULT_FORMATS = {"footnote": "decimal", "endnote": "lowerRoman"}
_SKIPPED = frozenset(
    f"{_W}{tag}" for tag in ("del", "moveFrom", "instrText", "delText", "rPr", "pPr")
) | {f"{_MC}Fallback"}
# Subtrees whose w:t is not the paragraph's text (formatting holds none; instrText and delText
# are elements of their own and never read).
_SKIPPED_INLINE = frozenset({f"{_W}del", f"{_W}moveFrom", f"{_MC}Fallback"})
_TEXT = f"{_W}t"
_SPACES = frozenset({f"{_W}tab", f"{_W}br", f"{_W}cr"})
_NO_BREAK_HYPHEN = f"{_W}noBreakHyphen"
_SEPARATORS = frozenset({"separator", "continuationSeparator", "continuationNotice"})


def read_docx(archive: Archive, *, path: str | None = None) -> Source:
    """The text, markers and notes of a DOCX file."""
    body = archive.xml("word/document.xml").find(f"{_W}body")
    formats = _number_formats(archive)
    headings = _heading_styles(archive)
    builder = TextBuilder()
    counters = {"footnote": 0, "endnote": 0}
    referenced: dict[tuple[str, str], str] = {}  # (kind, id) -> label
    for paragraph in _paragraphs(body):
        style = paragraph.find(f"{_W}pPr/{_W}pStyle")
        level = headings.get(style.get(f"{_W}val", "") if style is not None else "", 0)
        custom: tuple[str, str] | None = None
        for kind, value in _inline(paragraph):
            if kind == "text":
                if custom is not None and value.strip():
                    referenced[custom] = value.strip()
                    builder.add_marker(custom, value.strip())
                    custom = None
                else:
                    builder.add_text(value)
                continue
            note_kind, _, rest = kind.partition(":")
            key = (note_kind, value)
            if rest == "custom":
                custom = key
                continue
            counters[note_kind] += 1
            label = format_number(counters[note_kind], formats[note_kind])
            referenced.setdefault(key, label)
            builder.add_marker(key, referenced[key])
        builder.end_paragraph(heading=level)
    for kind, part in (("footnote", "word/footnotes.xml"), ("endnote", "word/endnotes.xml")):
        if part not in archive.names or not any(k == kind for k, _ in referenced):
            continue
        for note in archive.xml(part).iter(f"{_W}{kind}"):
            key = (kind, note.get(f"{_W}id", ""))
            if note.get(f"{_W}type") in _SEPARATORS or key not in referenced:
                continue
            paragraphs = [
                "".join(value for k, value in _inline(p) if k == "text") for p in _paragraphs(note)
            ]
            builder.add_note(key, referenced[key], paragraphs)
    return builder.build(format="docx", path=path)


def _paragraphs(element: Element | None) -> Iterator[Element]:
    """The ``w:p`` paragraphs under ``element`` in order (in tables and content controls too)."""
    if element is None:
        return
    for child in element:
        if child.tag == f"{_W}p":
            yield child
        elif child.tag not in _SKIPPED:
            yield from _paragraphs(child)


def _inline(paragraph: Element) -> Iterator[tuple[str, str]]:
    """What a paragraph holds, in order: ``("text", …)`` and note references
    (``("footnote", id)``, ``("endnote:custom", id)`` for a custom mark).

    Most paragraphs hold nothing to leave out, and are read in one flat pass (``iter`` runs
    in C); one with deletions, moves or alternate content is walked so as to skip them.
    """
    elements = list(paragraph.iter())
    if any(element.tag in _SKIPPED_INLINE for element in elements):
        yield from _inline_walk(paragraph)
        return
    for element in elements:
        if (item := _item(element)) is not None:
            yield item


def _inline_walk(element: Element) -> Iterator[tuple[str, str]]:
    """:func:`_inline`, skipping the subtrees of :data:`_SKIPPED`."""
    for child in element:
        if child.tag in _SKIPPED:
            continue
        if (item := _item(child)) is not None:
            yield item
        else:
            yield from _inline_walk(child)


def _item(element: Element) -> tuple[str, str] | None:
    """The text or note reference one element stands for, if any."""
    tag = element.tag
    if tag == _TEXT:
        return "text", element.text or ""
    if tag in _SPACES:
        return "text", " "
    if tag == _NO_BREAK_HYPHEN:
        return "text", "-"
    if tag in _NOTE_KINDS:
        custom = patterns.XML_TRUE.fullmatch(element.get(f"{_W}customMarkFollows", "0"))
        return _NOTE_KINDS[tag] + (":custom" if custom else ""), element.get(f"{_W}id", "")
    return None


def _number_formats(archive: Archive) -> dict[str, str]:
    """The number format of footnotes and endnotes, from settings.xml or Word's defaults."""
    formats = dict(_DEFAULT_FORMATS)
    if "word/settings.xml" in archive.names:
        settings = archive.xml("word/settings.xml")
        for kind in formats:
            found = settings.find(f"{_W}{kind}Pr/{_W}numFmt")
            if found is not None:
                formats[kind] = found.get(f"{_W}val", formats[kind])
    return formats


def _heading_styles(archive: Archive) -> dict[str, int]:
    """Style id -> heading level, for styles named ``heading N`` or ``Title``."""
    levels: dict[str, int] = {}
    if "word/styles.xml" not in archive.names:
        return levels
    for style in archive.xml("word/styles.xml").iter(f"{_W}style"):
        name = style.find(f"{_W}name")
        label = (name.get(f"{_W}val", "") if name is not None else "").lower()
        match = patterns.HEADING_STYLE.fullmatch(label)
        if match is not None:
            levels[style.get(f"{_W}styleId", "")] = int(match["level"] or 1)
    return levels
