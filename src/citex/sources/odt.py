"""OpenDocument text (ODT): the body's text and its notes.

A note sits where its marker is: ``text:note`` holds the printed label
(``text:note-citation``, or its ``text:label`` attribute for a custom mark) and the note's
paragraphs (``text:note-body``). Tracked deletions and annotations are left out.
"""

from __future__ import annotations

from collections.abc import Iterator
from xml.etree.ElementTree import Element

from citex.sources.archive import Archive
from citex.sources.builder import TextBuilder
from citex.sources.model import Source

_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_BLOCKS = frozenset({f"{_TEXT}p", f"{_TEXT}h"})
_SKIPPED = frozenset(
    {
        f"{_TEXT}tracked-changes",
        f"{_OFFICE}annotation",
        f"{_TEXT}sequence-decls",
        f"{_TEXT}variable-decls",
        f"{_OFFICE}forms",
        f"{_TEXT}table-of-content",
    }
)


def read_odt(archive: Archive, *, path: str | None = None) -> Source:
    """The text, markers and notes of an ODT file."""
    body = archive.xml("content.xml").find(f"{_OFFICE}body/{_OFFICE}text")
    builder = TextBuilder()
    for block in _blocks(body):
        for kind, value, note in _inline(block):
            if kind == "text":
                builder.add_text(value)
            else:
                assert note is not None
                builder.add_marker(note, value)
                paragraphs = [
                    "".join(v for k, v, _ in _inline(p) if k == "text")
                    for p in _blocks(note.find(f"{_TEXT}note-body"))
                ]
                builder.add_note(note, value, paragraphs)
        level = int(block.get(f"{_TEXT}outline-level", "1")) if block.tag == f"{_TEXT}h" else 0
        builder.end_paragraph(heading=level)
    return builder.build(format="odt", path=path)


def _blocks(element: Element | None) -> Iterator[Element]:
    """The paragraphs and headings under ``element`` in order (lists, tables, sections)."""
    if element is None:
        return
    for child in element:
        if child.tag in _BLOCKS:
            yield child
        elif child.tag not in _SKIPPED:
            yield from _blocks(child)


def _inline(block: Element) -> Iterator[tuple[str, str, Element | None]]:
    """A paragraph's text pieces ``("text", …, None)`` and notes ``("note", label, note)``."""
    if block.text:
        yield "text", block.text, None
    for child in block:
        tag = child.tag
        if tag == f"{_TEXT}note":
            citation = child.find(f"{_TEXT}note-citation")
            label = ""
            if citation is not None:
                label = citation.get(f"{_TEXT}label") or "".join(citation.itertext())
            yield "note", label.strip(), child
        elif tag == f"{_TEXT}s":
            yield "text", " " * int(child.get(f"{_TEXT}c", "1")), None
        elif tag in (f"{_TEXT}tab", f"{_TEXT}line-break"):
            yield "text", " ", None
        elif tag not in _SKIPPED:
            yield from _inline(child)
        if child.tail:
            yield "text", child.tail, None
