"""EPUB books: the chapters of the spine, in order, read as HTML with their notes.

``META-INF/container.xml`` names the package document; its spine orders the chapters. Links
from a marker to a note in another chapter (a book's notes file) are followed.
"""

from __future__ import annotations

import posixpath

from citex.errors import InputError
from citex.sources.archive import Archive
from citex.sources.html import Element, parse_html, read_pages
from citex.sources.model import Source

_CONTAINER = "{urn:oasis:names:tc:opendocument:xmlns:container}"
_OPF = "{http://www.idpf.org/2007/opf}"
_PAGE_TYPES = frozenset({"application/xhtml+xml", "text/html"})


def read_epub(archive: Archive, *, path: str | None = None) -> Source:
    """The text, markers and notes of an EPUB book."""
    container = archive.xml("META-INF/container.xml")
    rootfile = container.find(f".//{_CONTAINER}rootfile")
    if rootfile is None or not rootfile.get("full-path"):
        raise InputError(f"{archive.name}: its container.xml names no package document")
    package_path = rootfile.get("full-path", "")
    package = archive.xml(package_path)
    base = posixpath.dirname(package_path)
    manifest = {
        item.get("id", ""): (item.get("href", ""), item.get("media-type", ""))
        for item in package.iter(f"{_OPF}item")
    }
    pages: list[tuple[str, Element]] = []
    for itemref in package.iter(f"{_OPF}itemref"):
        href, media_type = manifest.get(itemref.get("idref", ""), ("", ""))
        if not href or media_type not in _PAGE_TYPES:
            continue
        name = posixpath.normpath(posixpath.join(base, href))
        markup = archive.read(name).decode("utf-8", errors="replace")
        pages.append((name, parse_html(markup)))
    if not pages:
        raise InputError(f"{archive.name}: its spine lists no chapters")
    return read_pages(pages, format="epub", path=path)
